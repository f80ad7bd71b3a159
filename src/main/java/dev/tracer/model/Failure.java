package dev.tracer.model;

import java.util.List;

/**
 * Why a test failed.
 *
 * @param kind       {@code "assertion"} for an {@link AssertionError} (or a subclass), {@code "error"} otherwise
 * @param type       the exception's binary class name
 * @param expected   the expected value, where the assertion library exposes it (opentest4j, JUnit 4's
 *                   {@code ComparisonFailure}), else as a well-known message shape shows it
 *                   ({@code dev.tracer.events.AssertionMessages}); null when neither gives it
 * @param actual     the actual value, likewise
 * @param file       the test source file of the failing line, relative to the directory Maven ran in
 * @param line       the failing line in the test source (the deepest frame in the test's own class)
 * @param source     the text of that line, trimmed
 * @param stacktrace frames that matter: framework and reflection frames dropped
 */
public record Failure(
        String kind,
        String type,
        String message,
        String expected,
        String actual,
        String file,
        Integer line,
        String source,
        List<StackFrame> stacktrace) {

    public static final String ASSERTION = "assertion";
    public static final String ERROR = "error";

    public Failure {
        stacktrace = stacktrace == null ? List.of() : List.copyOf(stacktrace);
    }
}
