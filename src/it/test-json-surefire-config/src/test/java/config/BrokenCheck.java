package config;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Matches the includes, but the POM excludes Broken* classes. */
@Tag("fast")
class BrokenCheck {

    @Test
    void isExcludedByName() {
        throw new AssertionError("excludes must keep this test from running");
    }
}
