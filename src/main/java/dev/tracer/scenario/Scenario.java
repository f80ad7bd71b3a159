package dev.tracer.scenario;

import dev.tracer.model.Step;
import dev.tracer.scenario.adapter.ScenarioCase;
import java.util.List;

/**
 * One test method as a scenario: its setup and body as typed steps.
 *
 * @param id           {@code binary.ClassName#method} (the test's class and method as the run reports them)
 * @param name         the method's {@code @DisplayName}, else its name
 * @param displayName  the enclosing classes' display names (or simple names) and {@code name}, joined by
 *                     {@code " > "}
 * @param category     the first tag of the class, else the last segment of its package ({@code default} for none)
 * @param module       the Maven artifactId
 * @param sourceFile   relative to the directory Maven ran in
 * @param line         the line of the method's name
 * @param flow         setup steps, then the body's, in order
 * @param nodes        the nodes the flow reaches, unique, in flow order
 * @param graphPath    the nodes in flow order, consecutive repeats removed
 * @param tests        the runs of this scenario (empty for static extraction), sorted by name
 * @param tags         class and method tags, sorted
 * @param evidenceMode {@code static} (from sources only) or {@code runtime} (joined with the tests' outcomes)
 * @param evidence     the flow's steps counted by status
 */
public record Scenario(
        String id,
        String name,
        String displayName,
        String category,
        String module,
        String sourceFile,
        int line,
        List<Step> flow,
        List<String> nodes,
        List<String> graphPath,
        List<ScenarioCase> tests,
        List<String> tags,
        String evidenceMode,
        FlowEvidence evidence) {

    public static final String STATIC = "static";
    public static final String RUNTIME = "runtime";

    public Scenario {
        flow = List.copyOf(flow);
        nodes = List.copyOf(nodes);
        graphPath = List.copyOf(graphPath);
        tests = List.copyOf(tests);
        tags = List.copyOf(tags);
    }

    public Scenario withRun(List<Step> flow, List<ScenarioCase> tests, String evidenceMode, FlowEvidence evidence) {
        return new Scenario(id, name, displayName, category, module, sourceFile, line, flow, nodes, graphPath, tests,
                tags, evidenceMode, evidence);
    }
}
