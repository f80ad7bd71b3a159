package dev.tracer.scenario.adapter;

/**
 * A test run of a scenario: the method, or one invocation of a parameterized test. Not named "...Test", so it is
 * not taken for a test class.
 *
 * @param id      the JUnit Platform unique id
 * @param name    the display name ({@code "[2] 7"} for an invocation)
 * @param outcome {@code passed}, {@code failed}, {@code skipped}, {@code invalid}, or {@code flaky} (failed, then
 *                passed when rerun)
 */
public record ScenarioCase(String id, String name, String outcome, long durationMs) {
}
