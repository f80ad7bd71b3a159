package config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs because the POM includes *Check classes and the "fast" group. */
@Tag("fast")
class ConfigCheck {

    @Test
    void readsArgLine() {
        assertEquals("yes", System.getProperty("from.argline"));
        assertEquals("yes", System.getProperty("from.argline.property"));
        assertTrue(ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-Xmx256m"));
    }

    @Test
    void readsSystemPropertyVariables() {
        assertEquals("blue", System.getProperty("fixture.color"));
    }

    @Test
    @Tag("slow")
    void isExcludedBySlowTag() {
        throw new AssertionError("excludedGroups=slow must keep this test from running");
    }
}
