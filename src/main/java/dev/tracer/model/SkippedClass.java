package dev.tracer.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A test class skipped as a whole before any of its tests started: an assumption failed in its {@code @BeforeAll}
 * ("Docker is not available"). Surefire reports no test of it ({@code Tests run: 0}), so neither do the counts; the
 * class is listed here, with the assumption's message, as a skipped test carries its {@code skip_reason}. (A class
 * {@code @Disabled} as a whole is different: Surefire and the document list each of its tests as skipped.)
 *
 * @param tests   how many tests the class holds, none of which ran
 * @param counted true when Surefire counted the class itself as one skipped test (its JUnit 4 provider writes one
 *                nameless skipped testcase for it), so the summary counts it so too; absent otherwise
 */
public record SkippedClass(
        @JsonProperty("class") String className,
        String module,
        String file,
        String reason,
        int tests,
        Boolean counted) {

    public SkippedClass(String className, String module, String file, String reason, int tests) {
        this(className, module, file, reason, tests, null);
    }

    public SkippedClass withLocation(String module, String file) {
        return new SkippedClass(className, module, file, reason, tests, counted);
    }

    /** Marked as counted by Surefire, as one skipped test. */
    public SkippedClass asCounted() {
        return new SkippedClass(className, module, file, reason, tests, Boolean.TRUE);
    }
}
