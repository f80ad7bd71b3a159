package dev.tracer.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The outcome of one test, as the document names it. */
public enum TestState {
    PASSED,
    FAILED,
    SKIPPED,
    /** Never ran because its class setup ({@code @BeforeAll}, {@code @BeforeClass}, a static initializer) failed. */
    INVALID;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isProblem() {
        return this == FAILED || this == INVALID;
    }
}
