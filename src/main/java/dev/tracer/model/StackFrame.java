package dev.tracer.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One frame of a trimmed stack trace. {@code file} and {@code line} are null when the class has no debug info. */
public record StackFrame(
        @JsonProperty("class") String className,
        String method,
        String file,
        Integer line) {

    @Override
    public String toString() {
        return className + "." + method + "(" + (file == null ? "Unknown Source" : file + (line == null ? "" : ":" + line)) + ")";
    }
}
