package dev.tracer.events;

import dev.tracer.model.ClassFailure;
import dev.tracer.model.TestCase;
import java.util.List;

/**
 * What the listener reported for one Surefire execution.
 *
 * @param tests         every test, once each, sorted by id; {@code module}, {@code file} and {@code line} are not set
 *                      yet (see {@code dev.tracer.source.SourceLocator})
 * @param classFailures failures outside any single test, sorted by class
 * @param listenerRan   whether any JVM wrote an events file; false means the listener never ran (deactivated, or no
 *                      test JVM started), and the caller should fall back to Surefire's XML reports
 * @param warnings      what the reader should know about how the result was built (malformed lines, a JVM that
 *                      stopped before the end of its run), in the order found
 */
public record RunEvents(
        List<TestCase> tests,
        List<ClassFailure> classFailures,
        boolean listenerRan,
        List<String> warnings) {

    public RunEvents {
        tests = tests == null ? List.of() : List.copyOf(tests);
        classFailures = classFailures == null ? List.of() : List.copyOf(classFailures);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
