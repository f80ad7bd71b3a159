package dev.tracer.scenario;

import dev.tracer.model.Step;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Flow utilities: step ids, focus targets, the evidence summary, and the nodes and graph path a flow reaches. */
public final class FlowSummary {

    private FlowSummary() {
    }

    /** {@code step-1}, {@code step-2}... in flow order. */
    public static List<Step> assignStepIds(List<Step> steps) {
        List<Step> out = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            out.add(steps.get(i).withId("step-" + (i + 1)));
        }
        return out;
    }

    /**
     * Each step's {@code focus_targets}: its node and focus node, sorted. A step with neither (an assertion on a
     * plain value, an {@code andExpect}) is about the nearest earlier step that has a node: that node becomes its
     * focus node and target.
     */
    public static List<Step> attachFocusTargets(List<Step> steps) {
        List<Step> out = new ArrayList<>(steps.size());
        String lastNode = null;
        for (Step step : steps) {
            Set<String> targets = new TreeSet<>();
            if (step.nodeId() != null) {
                targets.add(step.nodeId());
            }
            if (step.focusNodeId() != null) {
                targets.add(step.focusNodeId());
            }
            Step s = step;
            if (targets.isEmpty() && lastNode != null
                    && ("assertion".equals(step.kind()) || "verify".equals(step.kind()))) {
                targets.add(lastNode);
                s = s.withFocusNode(lastNode);
            }
            out.add(s.withFocusTargets(List.copyOf(targets)));
            if (step.nodeId() != null) {
                lastNode = step.nodeId();
            }
        }
        return out;
    }

    /**
     * {@link #assignStepIds} and {@link #attachFocusTargets} in one copy per step, with {@code test_name} set where
     * it is unset (setup steps are shared by the tests of a class).
     */
    public static List<Step> finish(List<Step> steps, String testName) {
        List<Step> out = new ArrayList<>(steps.size());
        String lastNode = null;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            String focus = s.focusNodeId();
            List<String> targets;
            if (s.nodeId() != null && focus != null && !s.nodeId().equals(focus)) {
                targets = s.nodeId().compareTo(focus) < 0 ? List.of(s.nodeId(), focus) : List.of(focus, s.nodeId());
            } else if (s.nodeId() != null || focus != null) {
                targets = List.of(s.nodeId() != null ? s.nodeId() : focus);
            } else if (lastNode != null && ("assertion".equals(s.kind()) || "verify".equals(s.kind()))) {
                focus = lastNode;
                targets = List.of(lastNode);
            } else {
                targets = List.of();
            }
            out.add(new Step("step-" + (i + 1), s.type(), s.kind(), s.label(), s.nodeId(), focus, targets, s.emits(),
                    s.action(), s.actor(), s.status(), s.moduleFunction(), s.sourceSnippet(), s.result(), s.line(),
                    s.testName() != null ? s.testName() : testName, s.assertionContext()));
            if (s.nodeId() != null) {
                lastNode = s.nodeId();
            }
        }
        return out;
    }

    /** Counts by status: executed = passed + failed; {@code unknown} steps count in none. */
    public static FlowEvidence summarizeEvidence(List<Step> steps) {
        int passed = 0;
        int failed = 0;
        int notExecuted = 0;
        for (Step step : steps) {
            switch (step.status() == null ? Step.UNKNOWN : step.status()) {
                case Step.PASSED -> passed++;
                case Step.FAILED -> failed++;
                case Step.NOT_EXECUTED -> notExecuted++;
                default -> {
                }
            }
        }
        return new FlowEvidence(passed + failed, passed, failed, notExecuted);
    }

    /** The flow's nodes, unique in order of first appearance, and its graph path (consecutive repeats removed). */
    public record Derived(List<String> nodes, List<String> graphPath) {
    }

    public static Derived deriveFlowSummaries(List<Step> steps) {
        Set<String> nodes = new LinkedHashSet<>();
        List<String> path = new ArrayList<>();
        for (Step step : steps) {
            String node = step.nodeId();
            if (node == null) {
                continue;
            }
            nodes.add(node);
            if (path.isEmpty() || !path.get(path.size() - 1).equals(node)) {
                path.add(node);
            }
        }
        return new Derived(List.copyOf(nodes), List.copyOf(path));
    }
}
