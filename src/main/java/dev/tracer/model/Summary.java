package dev.tracer.model;

/**
 * Counts over the whole run, whatever view of the tests the document shows.
 *
 * @param flaky    only when a rerun ran (null otherwise, and absent from the JSON)
 * @param filtered only with {@code tracer.filterOut}, when non-zero
 * @param result   {@code "failed"} when {@code failed > 0}, {@code invalid > 0} or a class failed outside its tests;
 *                 {@code "passed"} otherwise
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
        String result) {

    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
}
