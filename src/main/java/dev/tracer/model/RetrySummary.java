package dev.tracer.model;

/**
 * What the rerun of failures did ({@code retry} in the document; absent when no rerun ran).
 *
 * @param retried   tests run again
 * @param confirmed of those, how many failed again
 * @param flaky     of those, how many passed
 */
public record RetrySummary(boolean ran, int retried, int confirmed, int flaky) {

    public RetrySummary plus(RetrySummary other) {
        return new RetrySummary(ran || other.ran, retried + other.retried, confirmed + other.confirmed,
                flaky + other.flaky);
    }
}
