package dev.tracer.scenario;

import dev.tracer.model.Failure;
import dev.tracer.model.StackFrame;
import dev.tracer.model.Step;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestState;
import dev.tracer.scenario.adapter.ScenarioCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins extracted scenarios with what ran: each scenario gets its tests (every invocation of a parameterized test)
 * with outcome and duration, and its steps a status. A passing test's steps are {@code passed}; for a failed one,
 * the steps before the failing line (the failure's line in the test source) are {@code passed}, the step on it
 * {@code failed}, the later ones {@code not_executed}; a skipped or never-run test's are {@code not_executed}. A
 * scenario with no test that ran keeps {@code unknown} steps and {@code evidence_mode} {@code static}.
 */
public final class RuntimeJoin {

    private RuntimeJoin() {
    }

    /** @param flaky tests that failed and then passed when rerun (outcome {@code flaky}) */
    public static List<Scenario> join(List<Scenario> scenarios, List<TestCase> tests, List<TestCase> flaky) {
        Map<String, List<TestCase>> byScenario = new HashMap<>();
        Map<String, String> outcomes = new HashMap<>();
        for (TestCase test : tests) {
            byScenario.computeIfAbsent(key(test), k -> new ArrayList<>()).add(test);
        }
        for (TestCase test : flaky) {
            byScenario.computeIfAbsent(key(test), k -> new ArrayList<>()).add(test);
            outcomes.put(test.id(), "flaky");
        }
        List<Scenario> joined = new ArrayList<>(scenarios.size());
        for (Scenario scenario : scenarios) {
            List<TestCase> runs = byScenario.get(scenario.id());
            if (runs == null || runs.isEmpty()) {
                joined.add(scenario);
                continue;
            }
            runs = new ArrayList<>(runs);
            runs.sort(Comparator.comparing(TestCase::name, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(TestCase::id, Comparator.nullsFirst(Comparator.naturalOrder())));
            List<ScenarioCase> scenarioTests = new ArrayList<>();
            TestCase firstFailed = null;
            boolean anyPassed = false;
            for (TestCase run : runs) {
                String outcome = outcomes.getOrDefault(run.id(), run.state().json());
                scenarioTests.add(new ScenarioCase(run.id(), run.name(), outcome, run.durationMs()));
                if (run.state() == TestState.FAILED && !outcomes.containsKey(run.id()) && firstFailed == null) {
                    firstFailed = run;
                }
                anyPassed |= run.state() == TestState.PASSED || outcomes.containsKey(run.id());
            }
            List<Step> flow;
            if (firstFailed != null) {
                flow = statuses(scenario.flow(), scenario.sourceFile(), firstFailed);
            } else {
                flow = uniform(scenario.flow(), anyPassed ? Step.PASSED : Step.NOT_EXECUTED);
            }
            joined.add(scenario.withRun(flow, scenarioTests, Scenario.RUNTIME, FlowSummary.summarizeEvidence(flow)));
        }
        return joined;
    }

    /**
     * The steps of {@code test}'s scenario with the statuses its run gives them; null when the scenario is unknown.
     * Used for the {@code steps} of a failed test's entry in the document.
     */
    public static List<Step> stepsOf(Map<String, Scenario> scenariosById, TestCase test) {
        Scenario scenario = scenariosById.get(key(test));
        if (scenario == null) {
            return null;
        }
        return switch (test.state()) {
            case PASSED -> uniform(scenario.flow(), Step.PASSED);
            case SKIPPED, INVALID -> uniform(scenario.flow(), Step.NOT_EXECUTED);
            case FAILED -> statuses(scenario.flow(), scenario.sourceFile(), test);
        };
    }

    /** The steps with the statuses {@code test}'s (first) failure gives them, whatever its final state (a flaky test). */
    public static List<Step> failedSteps(Map<String, Scenario> scenariosById, TestCase test) {
        Scenario scenario = scenariosById.get(key(test));
        return scenario == null ? null : statuses(scenario.flow(), scenario.sourceFile(), test);
    }

    static String key(TestCase test) {
        return test.className() + "#" + test.method();
    }

    static List<Step> uniform(List<Step> flow, String status) {
        List<Step> out = new ArrayList<>(flow.size());
        flow.forEach(s -> out.add(s.withStatus(status)));
        return out;
    }

    /** Statuses from the first failure's line in the test source. */
    static List<Step> statuses(List<Step> flow, String sourceFile, TestCase test) {
        Failure failure = test.failures() == null || test.failures().isEmpty() ? null : test.failures().get(0);
        Integer line = failure == null ? null : failure.line();
        if (line == null || (failure.file() != null && sourceFile != null && !failure.file().equals(sourceFile))) {
            return uniform(flow, Step.UNKNOWN);
        }
        int failed = failedIndex(flow, line, failure);
        List<Step> out = new ArrayList<>(flow.size());
        if (failed >= 0) {
            for (int i = 0; i < flow.size(); i++) {
                out.add(flow.get(i).withStatus(i < failed ? Step.PASSED : i == failed ? Step.FAILED
                        : Step.NOT_EXECUTED));
            }
            return out;
        }
        // No step on the failing line: the body's steps above it ran, the ones from there on did not.
        boolean reached = false;
        for (Step step : flow) {
            if (Step.TYPE_CALL.equals(step.type()) && step.line() != null && step.line() > line) {
                reached = true;
            }
            out.add(step.withStatus(reached ? Step.NOT_EXECUTED : Step.PASSED));
        }
        return out;
    }

    /**
     * The step on the failing line: for an assertion failure the last assertion there; for an error, the step going
     * to a class of the stack trace, else the first non-assertion step there; -1 when no step is on that line.
     */
    private static int failedIndex(List<Step> flow, int line, Failure failure) {
        List<Integer> onLine = new ArrayList<>();
        for (int i = 0; i < flow.size(); i++) {
            if (flow.get(i).line() != null && flow.get(i).line() == line) {
                onLine.add(i);
            }
        }
        if (onLine.isEmpty()) {
            return -1;
        }
        if (Failure.ASSERTION.equals(failure.kind())) {
            for (int j = onLine.size() - 1; j >= 0; j--) {
                if ("assertion".equals(flow.get(onLine.get(j)).kind())) {
                    return onLine.get(j);
                }
            }
            return onLine.get(onLine.size() - 1);
        }
        for (int i : onLine) {
            String node = flow.get(i).nodeId();
            if (node != null) {
                for (StackFrame frame : failure.stacktrace()) {
                    String c = frame.className();
                    if (c != null && (c.equals(node) || c.startsWith(node + "$"))) {
                        return i;
                    }
                }
            }
        }
        for (int i : onLine) {
            if (!"assertion".equals(flow.get(i).kind())) {
                return i;
            }
        }
        return onLine.get(0);
    }
}
