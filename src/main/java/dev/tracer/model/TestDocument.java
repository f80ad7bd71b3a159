package dev.tracer.model;

import java.util.List;

/**
 * The JSON document {@code tracer:test-json} prints and writes (version 1). Optional parts are null and absent from
 * the JSON, never empty placeholders. A failing run, by default (failures only), looks like:
 *
 * <pre>{@code
 * {
 *   "version" : 1,
 *   "summary" : { "total" : 3, "passed" : 1, "failed" : 1, "skipped" : 1, "invalid" : 0,
 *                 "duration_ms" : 41, "result" : "failed" },
 *   "tests" : [ {
 *     "id" : "[engine:junit-jupiter]/[class:shop.CartTest]/[method:totalAddsPrices()]",
 *     "name" : "totalAddsPrices()", "class" : "shop.CartTest", "method" : "totalAddsPrices",
 *     "module" : "shop", "file" : "src/test/java/shop/CartTest.java", "line" : 12,
 *     "state" : "failed", "duration_ms" : 7, "tags" : [ ],
 *     "failures" : [ { "kind" : "assertion", "type" : "org.opentest4j.AssertionFailedError",
 *                      "message" : "expected: <5> but was: <4>", "expected" : "5", "actual" : "4",
 *                      "file" : "src/test/java/shop/CartTest.java", "line" : 15,
 *                      "source" : "assertEquals(5, cart.total());",
 *                      "stacktrace" : [ { "class" : "shop.CartTest", "method" : "totalAddsPrices",
 *                                         "file" : "CartTest.java", "line" : 15 } ] } ],
 *     "output" : "adding 2 items\n"
 *   } ],
 *   "timing" : { "before_tests" : 310, "tests" : 2140, "rerun" : 0, "coverage" : 0, "scenarios" : 0,
 *                "scenarios_overlap" : 0, "report" : 35 }
 * }
 * }</pre>
 *
 * @param tests         the tests the view selected (failures only by default), sorted by file, line, name; null
 *                      (absent) with {@code tracer.summaryOnly}
 * @param flaky         tests that failed, then passed when rerun: not in {@code tests}, never hidden; they count as
 *                      passed in the summary
 * @param retry         what the rerun of failures did; absent when none ran
 * @param classFailures failures outside any single test, sorted by class
 * @param skippedClasses classes skipped as a whole before any test started (not counted, as Surefire does not
 *                      count them), sorted by class
 * @param errors        what broke the run outside any test and left results missing; the result is then
 *                      {@code failed}
 * @param errorGroups   with {@code tracer.groupByError}: failures grouped by the first line of their message
 * @param coverage      with {@code tracer.cover}: JaCoCo coverage of the modules' classes (see {@link Coverage})
 * @param warnings      what the reader should know about how the document was built (for example, that it comes
 *                      from Surefire's XML reports because the listener was deactivated)
 * @param scenarios     where the scenario report is and what it says about node coverage; absent when scenario
 *                      extraction was off or failed
 * @param timing        where the run's wall time went ({@link Timing}); absent from the lean stdout view and from
 *                      documents built outside a run
 */
public record TestDocument(
        int version,
        Summary summary,
        List<TestCase> tests,
        List<TestCase> flaky,
        RetrySummary retry,
        List<ClassFailure> classFailures,
        List<SkippedClass> skippedClasses,
        List<String> errors,
        List<ErrorGroup> errorGroups,
        Coverage coverage,
        Scenarios scenarios,
        List<String> warnings,
        String hint,
        Timing timing) {

    public static final int VERSION = 1;

    public TestDocument(int version, Summary summary, List<TestCase> tests, List<TestCase> flaky, RetrySummary retry,
            List<ClassFailure> classFailures, List<ErrorGroup> errorGroups, List<String> warnings, String hint) {
        this(version, summary, tests, flaky, retry, classFailures, null, null, errorGroups, null, null, warnings, hint,
                null);
    }

    public TestDocument(int version, Summary summary, List<TestCase> tests, List<TestCase> flaky, RetrySummary retry,
            List<ClassFailure> classFailures, List<SkippedClass> skippedClasses, List<String> errors,
            List<ErrorGroup> errorGroups, Coverage coverage, Scenarios scenarios, List<String> warnings, String hint) {
        this(version, summary, tests, flaky, retry, classFailures, skippedClasses, errors, errorGroups, coverage,
                scenarios, warnings, hint, null);
    }

    public TestDocument {
        tests = tests == null ? null : List.copyOf(tests);
        flaky = flaky == null || flaky.isEmpty() ? null : List.copyOf(flaky);
        classFailures = classFailures == null || classFailures.isEmpty() ? null : List.copyOf(classFailures);
        skippedClasses = skippedClasses == null || skippedClasses.isEmpty() ? null : List.copyOf(skippedClasses);
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        errorGroups = errorGroups == null ? null : List.copyOf(errorGroups);
        warnings = warnings == null || warnings.isEmpty() ? null : List.copyOf(warnings);
    }

    /**
     * The scenario report's summary ({@code target/tracer/scenarios.json}).
     *
     * @param file             the report, relative to the directory Maven ran in
     * @param count            how many scenarios it has
     * @param nodeCoveragePct  the share of production types that at least one scenario's flow reaches
     * @param uncoveredNodeIds the production types no scenario reaches, sorted
     */
    public record Scenarios(String file, int count, double nodeCoveragePct, List<String> uncoveredNodeIds) {
        public Scenarios {
            uncoveredNodeIds = List.copyOf(uncoveredNodeIds);
        }
    }

    /** This document with coverage, and the warnings the analysis raised added to its own. */
    public TestDocument withCoverage(Coverage coverage, List<String> coverageWarnings) {
        List<String> all = new java.util.ArrayList<>(warnings == null ? List.of() : warnings);
        all.addAll(coverageWarnings);
        return new TestDocument(version, summary, tests, flaky, retry, classFailures, skippedClasses, errors, errorGroups,
                coverage, scenarios,
                all.stream().distinct().sorted().toList(), hint, timing);
    }

    public TestDocument withScenarios(Scenarios scenarios) {
        return new TestDocument(version, summary, tests, flaky, retry, classFailures, skippedClasses, errors, errorGroups,
                coverage, scenarios,
                warnings, hint, timing);
    }

    /** This document with another hint. */
    public TestDocument withHint(String hint) {
        return new TestDocument(version, summary, tests, flaky, retry, classFailures, skippedClasses, errors, errorGroups,
                coverage, scenarios,
                warnings, hint, timing);
    }

    /** This document with the run's timing. */
    public TestDocument withTiming(Timing timing) {
        return new TestDocument(version, summary, tests, flaky, retry, classFailures, skippedClasses, errors, errorGroups,
                coverage, scenarios, warnings, hint, timing);
    }
}
