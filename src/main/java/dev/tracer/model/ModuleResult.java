package dev.tracer.model;

import java.util.List;

/**
 * Everything one module's test run produced, before a view selects what the document shows.
 *
 * @param module        the Maven artifactId
 * @param tests         every test, in no particular order
 * @param classFailures failures outside any single test
 * @param warnings      how the result was built, when that matters to the reader
 * @param durationMs    wall time of the module's Surefire execution (both passes when failures were rerun)
 * @param flaky         tests that failed, then passed when run again, with the first failure's detail
 * @param retry         what the rerun did; null when none ran
 */
public record ModuleResult(
        String module,
        List<TestCase> tests,
        List<ClassFailure> classFailures,
        List<String> warnings,
        long durationMs,
        List<TestCase> flaky,
        RetrySummary retry) {

    public ModuleResult {
        tests = List.copyOf(tests);
        classFailures = classFailures == null ? List.of() : List.copyOf(classFailures);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        flaky = flaky == null ? List.of() : List.copyOf(flaky);
    }

    public ModuleResult(String module, List<TestCase> tests, List<ClassFailure> classFailures, List<String> warnings,
            long durationMs) {
        this(module, tests, classFailures, warnings, durationMs, List.of(), null);
    }
}
