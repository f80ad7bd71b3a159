package config;

import org.junit.jupiter.api.Test;

/** Included by name, but it has no "fast" tag: <groups>fast</groups> keeps it from running. */
class UntaggedCheck {

    @Test
    void isExcludedByGroups() {
        throw new AssertionError("groups=fast must keep this test from running");
    }
}
