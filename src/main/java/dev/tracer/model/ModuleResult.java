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
 * @param skippedClasses classes skipped as a whole before any test started (an assumption in {@code @BeforeAll})
 * @param errors        what went wrong outside any test and left results missing (a test JVM that died with no test
 *                      to blame); each fails the build
 * @param surefire      Surefire's own totals of the first pass, from its XML reports; null when it wrote none
 */
public record ModuleResult(
        String module,
        List<TestCase> tests,
        List<ClassFailure> classFailures,
        List<String> warnings,
        long durationMs,
        List<TestCase> flaky,
        RetrySummary retry,
        List<SkippedClass> skippedClasses,
        List<String> errors,
        SurefireTotals surefire) {

    public ModuleResult {
        tests = List.copyOf(tests);
        classFailures = classFailures == null ? List.of() : List.copyOf(classFailures);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        flaky = flaky == null ? List.of() : List.copyOf(flaky);
        skippedClasses = skippedClasses == null ? List.of() : List.copyOf(skippedClasses);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ModuleResult(String module, List<TestCase> tests, List<ClassFailure> classFailures, List<String> warnings,
            long durationMs, List<TestCase> flaky, RetrySummary retry) {
        this(module, tests, classFailures, warnings, durationMs, flaky, retry, null, null, null);
    }

    /** This result with other tests and what came of running them again; the rest (skipped classes, errors) stays. */
    public ModuleResult withOutcome(List<TestCase> tests, List<ClassFailure> classFailures, List<String> warnings,
            long durationMs, List<TestCase> flaky, RetrySummary retry) {
        return new ModuleResult(module, tests, classFailures, warnings, durationMs, flaky, retry, skippedClasses,
                errors, surefire);
    }

    public ModuleResult withSurefire(SurefireTotals surefire) {
        return new ModuleResult(module, tests, classFailures, warnings, durationMs, flaky, retry, skippedClasses,
                errors, surefire);
    }

    public ModuleResult(String module, List<TestCase> tests, List<ClassFailure> classFailures, List<String> warnings,
            long durationMs) {
        this(module, tests, classFailures, warnings, durationMs, List.of(), null);
    }
}
