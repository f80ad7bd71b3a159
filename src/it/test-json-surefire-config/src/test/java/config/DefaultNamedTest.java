package config;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Surefire's default includes would run this class; the POM's <includes> replace them. */
@Tag("fast")
class DefaultNamedTest {

    @Test
    void isNotIncluded() {
        throw new AssertionError("includes must keep this test from running");
    }
}
