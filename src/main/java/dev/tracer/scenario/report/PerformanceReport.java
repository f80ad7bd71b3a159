package dev.tracer.scenario.report;

import java.util.List;

/**
 * How long the scenarios' tests took (zero and empty for static extraction) and how long extraction took.
 *
 * @param totalTestDurationMs   the sum of the durations of every test run joined to a scenario
 * @param avgDurationMs         that sum / the number of those tests, rounded down
 * @param slowestTests          the 10 slowest, slowest first (ties by scenario id, then name)
 * @param fastestTests          the 10 fastest, fastest first
 * @param extractionDurationMs  wall time of parsing and classifying (a timing field)
 */
public record PerformanceReport(long totalTestDurationMs, long avgDurationMs, int testCount,
        List<TestTiming> slowestTests, List<TestTiming> fastestTests, long extractionDurationMs) {

    public PerformanceReport {
        slowestTests = List.copyOf(slowestTests);
        fastestTests = List.copyOf(fastestTests);
    }

    public record TestTiming(String scenarioId, String name, String outcome, long durationMs) {
    }
}
