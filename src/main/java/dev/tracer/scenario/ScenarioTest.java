package dev.tracer.scenario;

/**
 * A test run of a scenario: the method, or one invocation of a parameterized test.
 *
 * @param id      the JUnit Platform unique id
 * @param name    the display name ({@code "[2] 7"} for an invocation)
 * @param outcome {@code passed}, {@code failed}, {@code skipped}, {@code invalid}, or {@code flaky} (failed, then
 *                passed when rerun)
 */
public record ScenarioTest(String id, String name, String outcome, long durationMs) {
}
