package dev.tracer.events;

import dev.tracer.model.ClassFailure;
import dev.tracer.model.SkippedClass;
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
 * @param flaky         tests that failed, then passed when Surefire reran them in the same execution
 *                      ({@code rerunFailingTestsCount}), with the first failure's detail; not in {@code tests}
 * @param skippedClasses classes on the JUnit Platform aborted as a whole before any of their tests started (their
 *                      tests are in {@code tests} as skipped), sorted by class
 */
public record RunEvents(
        List<TestCase> tests,
        List<ClassFailure> classFailures,
        boolean listenerRan,
        List<String> warnings,
        List<TestCase> flaky,
        List<SkippedClass> skippedClasses) {

    public RunEvents {
        skippedClasses = skippedClasses == null ? List.of() : List.copyOf(skippedClasses);
        tests = tests == null ? List.of() : List.copyOf(tests);
        classFailures = classFailures == null ? List.of() : List.copyOf(classFailures);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        flaky = flaky == null ? List.of() : List.copyOf(flaky);
    }

    public RunEvents(List<TestCase> tests, List<ClassFailure> classFailures, boolean listenerRan,
            List<String> warnings) {
        this(tests, classFailures, listenerRan, warnings, List.of(), List.of());
    }
}
