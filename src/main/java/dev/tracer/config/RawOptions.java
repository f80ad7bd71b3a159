package dev.tracer.config;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Parameter values as Maven injected them, before validation: a string, a list (Maven splits
 * {@code -Dtracer.filterOut=a,b} into two entries; POM entries come one by one), or absent.
 */
public final class RawOptions {

    private final Map<GoalParameter, Object> values = new EnumMap<>(GoalParameter.class);

    /** @param value a string or a list of strings; null leaves the parameter unset */
    public RawOptions set(GoalParameter parameter, Object value) {
        if (value != null) {
            values.put(parameter, value);
        }
        return this;
    }

    /** The value the user gave, or null. */
    public String given(GoalParameter parameter) {
        Object value = values.get(parameter);
        return value == null ? null : String.valueOf(value);
    }

    /** The value the user gave, else the parameter's default (null for none). */
    public String value(GoalParameter parameter) {
        String given = given(parameter);
        return given != null ? given : parameter.defaultValue();
    }

    /** A list parameter's entries; empty when unset. */
    @SuppressWarnings("unchecked")
    public List<String> list(GoalParameter parameter) {
        Object value = values.get(parameter);
        return value == null ? List.of() : value instanceof List<?> l ? (List<String>) l : List.of(value.toString());
    }
}
