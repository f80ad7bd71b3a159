package dev.tracer.pipeline;

/**
 * Where the run speaks: the document on stdout, tips on stderr, and the build's log. The mojos hand Maven's log;
 * the pipeline's tests record what was said.
 */
public interface Console {

    /** Text on stdout, as given (the document, or one line of the stream). */
    void stdout(String text);

    /** One line on stderr, not through the log: stdout holds the document alone. */
    void stderr(String line);

    void info(String message);

    void warn(String message);

    void debug(String message);

    void debug(Throwable error);
}
