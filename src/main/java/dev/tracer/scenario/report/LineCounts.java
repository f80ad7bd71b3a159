package dev.tracer.scenario.report;

/** Line coverage of a class, as JaCoCo counts it: covered lines of the lines with code. */
public record LineCounts(int covered, int total) {
}
