package dev.tracer.model;

/**
 * Surefire's own totals of the same run (the {@code <testsuite>} attributes of the {@code TEST-*.xml} files it wrote),
 * shown in the summary when they differ from the document's counts. The one deliberate difference: where a class's
 * setup failed, Surefire counts one error for the class and the document counts each of its tests as
 * {@code invalid}. A test that failed, then passed on its rerun, is passed in the document and failed in Surefire's
 * reports of the first pass (Surefire's own {@code rerunFailingTestsCount} counts it as passed, too).
 */
public record SurefireTotals(int tests, int failures, int errors, int skipped) {

    public SurefireTotals plus(SurefireTotals other) {
        return other == null ? this : new SurefireTotals(tests + other.tests, failures + other.failures,
                errors + other.errors, skipped + other.skipped);
    }
}
