package dev.tracer.coverage;

/** Coverage cannot be computed (a missing, empty or corrupt exec file); the message names the file. */
public final class CoverageException extends Exception {
    public CoverageException(String message, Throwable cause) {
        super(message, cause);
    }
}
