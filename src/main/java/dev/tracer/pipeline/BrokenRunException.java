package dev.tracer.pipeline;

/** Breakage that stops the run before it has results (an output folder that cannot be written, no test runner). */
public final class BrokenRunException extends Exception {

    public BrokenRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
