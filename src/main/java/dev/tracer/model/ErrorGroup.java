package dev.tracer.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Failures that share the first line of their message ({@code tracer.groupByError}).
 *
 * @param pattern the shared first line, cut at 200 characters; {@code "(unknown error)"} when there is no message
 * @param example the first test of the group in document order
 */
public record ErrorGroup(String pattern, int count, Example example) {

    /** Where to look first. */
    public record Example(String name, @JsonProperty("class") String className, String file, Integer line) {
    }
}
