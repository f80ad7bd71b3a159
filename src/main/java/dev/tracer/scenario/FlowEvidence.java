package dev.tracer.scenario;

/** How much of a flow ran: counts of its steps by status ({@code unknown} steps count in none). */
public record FlowEvidence(int executedSteps, int passedSteps, int failedSteps, int notExecutedSteps) {
}
