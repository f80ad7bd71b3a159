package dev.tracer.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One executed (or skipped, or never-run) test: a method, a parameterized invocation, a dynamic test.
 *
 * @param id         the JUnit Platform unique id ({@code junit4:Class#method} on the JUnit 4 provider,
 *                   {@code xml:Class#name} when built from Surefire's XML reports); stable across runs
 * @param name       the display name; a parameterized invocation's is like {@code "[3] 101"}
 * @param className  the binary class name ({@code shop.CartTest$WithDiscount})
 * @param module     the Maven artifactId of the module the test belongs to
 * @param file       the test source file, relative to the directory Maven ran in; null when not found
 * @param line       the line of the test method's declaration; null when not found
 * @param skipReason why a skipped test was skipped (the {@code @Disabled} value, the failed assumption)
 * @param output     the bounded tail of what the test printed; failed tests only
 * @param filtered   true when a {@code tracer.filterOut} pattern matched its failure message; null otherwise
 * @param rerun      what the rerun of a failed test did (a flaky test passed; a confirmed one failed again); null
 *                   when it was not rerun
 * @param trace      the flight recording of a traced test that failed; null otherwise
 * @param steps      the test's scenario flow with step statuses (failed tests, when scenarios were extracted); null
 *                   (absent) otherwise
 */
public record TestCase(
        String id,
        String name,
        @JsonProperty("class") String className,
        String method,
        String module,
        String file,
        Integer line,
        TestState state,
        long durationMs,
        List<String> tags,
        List<Failure> failures,
        String skipReason,
        String output,
        Boolean filtered,
        Rerun rerun,
        Trace trace,
        List<Step> steps) {

    public TestCase {
        tags = tags == null ? List.of() : List.copyOf(tags);
        failures = failures == null || failures.isEmpty() ? null : List.copyOf(failures);
        filtered = Boolean.TRUE.equals(filtered) ? Boolean.TRUE : null;
        steps = steps == null || steps.isEmpty() ? null : List.copyOf(steps);
    }

    public TestCase(String id, String name, String className, String method, String module, String file, Integer line,
            TestState state, long durationMs, List<String> tags, List<Failure> failures, String skipReason,
            String output, Boolean filtered, Rerun rerun) {
        this(id, name, className, method, module, file, line, state, durationMs, tags, failures, skipReason, output,
                filtered, rerun, null, null);
    }

    public TestCase(String id, String name, String className, String method, String module, String file, Integer line,
            TestState state, long durationMs, List<String> tags, List<Failure> failures, String skipReason,
            String output) {
        this(id, name, className, method, module, file, line, state, durationMs, tags, failures, skipReason, output,
                null, null, null, null);
    }

    /** One rerun of a test: its state, duration, failures and output then. */
    public record Rerun(TestState state, long durationMs, List<Failure> failures, String output) {
        public Rerun {
            failures = failures == null || failures.isEmpty() ? null : List.copyOf(failures);
        }
    }

    public TestCase withRerun(TestCase again) {
        return new TestCase(id, name, className, method, module, file, line, state, durationMs, tags, failures,
                skipReason, output, filtered,
                again == null ? null : new Rerun(again.state(), again.durationMs(), again.failures(), again.output()),
                trace, steps);
    }

    public TestCase withLocation(String module, String file, Integer line) {
        return new TestCase(id, name, className, method, module, file, line, state, durationMs, tags, failures,
                skipReason, output, filtered, rerun, trace, steps);
    }

    public TestCase withFiltered(boolean filtered) {
        return new TestCase(id, name, className, method, module, file, line, state, durationMs, tags, failures,
                skipReason, output, filtered, rerun, trace, steps);
    }

    public TestCase withFailures(List<Failure> failures) {
        return new TestCase(id, name, className, method, module, file, line, state, durationMs, tags, failures,
                skipReason, output, filtered, rerun, trace, steps);
    }

    public TestCase withTrace(Trace trace) {
        return new TestCase(id, name, className, method, module, file, line, state, durationMs, tags, failures,
                skipReason, output, filtered, rerun, trace, steps);
    }

    public TestCase withSteps(List<Step> steps) {
        return new TestCase(id, name, className, method, module, file, line, state, durationMs, tags, failures,
                skipReason, output, filtered, rerun, trace, steps);
    }

    /** The first failure's message, or null. */
    public String firstMessage() {
        return failures == null ? null : failures.get(0).message();
    }
}
