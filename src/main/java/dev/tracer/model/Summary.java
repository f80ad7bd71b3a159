package dev.tracer.model;

/**
 * Counts over the whole run, whatever view of the tests the document shows.
 *
 * @param flaky    only when a rerun ran (null otherwise, and absent from the JSON)
 * @param filtered only with {@code tracer.filterOut}, when non-zero
 * @param result   {@code "failed"} when {@code failed > 0}, {@code invalid > 0} or a class failed outside its tests;
 *                 {@code "passed"} otherwise (also {@code "failed"} when the document has {@code errors})
 * @param surefire Surefire's own totals of the same run, only when they differ from these counts (see
 *                 {@link SurefireTotals} for why they may)
 */
public record Summary(
        int total,
        int passed,
        int failed,
        int skipped,
        int invalid,
        Integer flaky,
        Integer filtered,
        long durationMs,
        String result,
        SurefireTotals surefire) {

    public Summary(int total, int passed, int failed, int skipped, int invalid, Integer flaky, Integer filtered,
            long durationMs, String result) {
        this(total, passed, failed, skipped, invalid, flaky, filtered, durationMs, result, null);
    }

    public Summary withSurefire(SurefireTotals surefire) {
        return new Summary(total, passed, failed, skipped, invalid, flaky, filtered, durationMs, result, surefire);
    }

    public Summary withResult(String result) {
        return new Summary(total, passed, failed, skipped, invalid, flaky, filtered, durationMs, result, surefire);
    }

    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
}
