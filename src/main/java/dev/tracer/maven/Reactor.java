package dev.tracer.maven;

import dev.tracer.model.ModuleResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * Collects each module's result during one build, so that the module that completes the reactor can report on
 * all of them. Kept in the resolver session's data, which every module of the build shares.
 */
final class Reactor {
    private static final String KEY = Reactor.class.getName();

    /** Project id → result; null for a module that ran no tests (skipped, or packaging pom). */
    private final Map<String, ModuleResult> results = new LinkedHashMap<>();
    private final List<String> expected;

    private Reactor(List<MavenProject> projects) {
        this.expected = projects.stream().map(MavenProject::getId).toList();
    }

    static Reactor of(MavenSession session) {
        var data = session.getRepositorySession().getData();
        synchronized (Reactor.class) {
            Object existing = data.get(KEY);
            if (existing instanceof Reactor reactor) {
                return reactor;
            }
            Reactor reactor = new Reactor(session.getProjects());
            data.set(KEY, reactor);
            return reactor;
        }
    }

    /** @return true when this was the last module of the build to report */
    synchronized boolean record(MavenProject project, ModuleResult result) {
        results.put(project.getId(), result);
        return results.keySet().containsAll(expected);
    }

    boolean multiModule() {
        return expected.size() > 1;
    }

    /** The results of modules that ran tests, in reactor order. */
    synchronized List<ModuleResult> results() {
        List<ModuleResult> ordered = new ArrayList<>();
        for (String id : expected) {
            ModuleResult result = results.get(id);
            if (result != null) {
                ordered.add(result);
            }
        }
        return ordered;
    }

    /** Project id → what coverage needs of the module (its classes, its exec files), in the order modules ran. */
    private final Map<String, CoverageInput> coverage = new LinkedHashMap<>();

    /**
     * A module's part in coverage.
     *
     * @param classes   its class files and sources
     * @param execFiles the exec files its test runs wrote (first run, rerun), to merge with every other module's
     * @param report    its own report file in a reactor (rewritten with its coverage at the end), or null
     * @param result    its result, for that report
     */
    record CoverageInput(dev.tracer.coverage.CoverageAnalyzer.ModuleClasses classes,
            List<java.nio.file.Path> execFiles, java.nio.file.Path report, ModuleResult result) {
    }

    synchronized void recordCoverage(MavenProject project, CoverageInput input) {
        coverage.put(project.getId(), input);
    }

    /** The coverage inputs of the modules that ran, in reactor order. */
    synchronized List<CoverageInput> coverageInputs() {
        List<CoverageInput> ordered = new ArrayList<>();
        for (String id : expected) {
            CoverageInput input = coverage.get(id);
            if (input != null) {
                ordered.add(input);
            }
        }
        return ordered;
    }

    /** Project id → the module's scenario extraction and its scenarios joined with the run. */
    private final Map<String, ScenarioPart> scenarios = new LinkedHashMap<>();

    record ScenarioPart(dev.tracer.scenario.ScenarioExtractor.Extraction extraction,
            List<dev.tracer.scenario.Scenario> joined) {
    }

    synchronized void scenarios(MavenProject project, ScenarioPart part) {
        scenarios.put(project.getId(), part);
    }

    /** The scenario parts of the modules that extracted scenarios, in reactor order. */
    synchronized List<ScenarioPart> scenarioParts() {
        List<ScenarioPart> ordered = new ArrayList<>();
        for (String id : expected) {
            ScenarioPart part = scenarios.get(id);
            if (part != null) {
                ordered.add(part);
            }
        }
        return ordered;
    }

    private String surefireFailure;
    private boolean tipped;
    private boolean streamStarted;

    /** True for the first module that asks: one stream, one {@code suite:start}, for the whole build. */
    synchronized boolean firstToStream() {
        boolean first = !streamStarted;
        streamStarted = true;
        return first;
    }

    /** True for the first module that asks: the tip about previous failures is printed once a build. */
    synchronized boolean firstToTip() {
        boolean first = !tipped;
        tipped = true;
        return first;
    }

    /** Surefire's own failure verdict (no test matched {@code -Dtest}) from a module that then ran no test. */
    synchronized void surefireFailure(String message) {
        if (surefireFailure == null) {
            surefireFailure = message;
        }
    }

    synchronized String surefireFailure() {
        return surefireFailure;
    }

    synchronized boolean anyRan() {
        return results.values().stream().anyMatch(r -> r != null);
    }
}
