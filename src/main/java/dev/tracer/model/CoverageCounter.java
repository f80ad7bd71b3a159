package dev.tracer.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The JaCoCo counter a coverage percentage and threshold are computed from ({@code tracer.coverCounter}). */
public enum CoverageCounter {
    LINE, BRANCH, INSTRUCTION, METHOD, CLASS;

    @JsonValue
    public String json() {
        return name();
    }

    /** @return the counter named (case-insensitive), or null when none is */
    public static CoverageCounter parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
