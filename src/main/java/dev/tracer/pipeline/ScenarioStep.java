package dev.tracer.pipeline;

import dev.tracer.coverage.ClassResult;
import dev.tracer.coverage.ModuleCoverage;
import dev.tracer.io.DisplayPaths;
import dev.tracer.messages.Messages;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestDocument;
import dev.tracer.model.TestState;
import dev.tracer.reactor.ModulePart;
import dev.tracer.scenario.RuntimeJoin;
import dev.tracer.scenario.Scenario;
import dev.tracer.scenario.ScenarioExtractor;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import dev.tracer.scenario.report.LineCounts;
import dev.tracer.scenario.report.ScenarioJson;
import dev.tracer.scenario.report.ScenarioReport;
import dev.tracer.scenario.report.ScenarioReports;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** Scenarios joined with the run: each module's, and the build's report that merges them. */
public final class ScenarioStep {

    /** Where a module keeps its extraction cache, under its {@code target/tracer}. */
    public static final String CACHE_DIR = "scenario-cache";

    /** The module's result with steps, and its scenario report; a null report when extraction failed. */
    record Outcome(ModuleResult result, ScenarioReport report) {
    }

    private ScenarioStep() {
    }

    /** Extracts a module's scenarios from its test and main source roots, on {@code threads} threads. */
    public static ScenarioExtractor.Extraction extract(ModuleInput module, Path executionRoot,
            List<ScenarioAdapter> adapters, int threads) throws IOException {
        return ScenarioExtractor.extract(new ScenarioExtractor.Input(module.name(), module.testSourceRoots(),
                module.sourceRoots(), executionRoot, module.tracerDirectory().resolve(CACHE_DIR), adapters, threads));
    }

    /**
     * Joins the module's scenarios with the run, writes the module's scenarios.json in a reactor, and gives each
     * failed (and flaky) test its steps. A failure here is a warning: the test results stand.
     */
    static Outcome join(ModuleInput module, ModuleResult result, WhileTestsRun beside, boolean multiModule,
            Console console) {
        long t0 = System.nanoTime();
        ScenarioExtractor.Extraction extraction;
        try {
            extraction = beside.extraction();
        } catch (ExecutionException e) {
            console.warn(Messages.scenariosFailed(module.name(), String.valueOf(e.getCause())));
            return new Outcome(result, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            console.warn(Messages.scenariosFailed(module.name(), String.valueOf(e)));
            return new Outcome(result, null);
        }
        console.debug("tracer: waited " + (System.nanoTime() - t0) / 1_000_000 + " ms for the extraction ("
                + extraction.durationMs() + " ms, " + extraction.parsed() + " of " + extraction.files()
                + " files parsed)");
        List<Scenario> joined = RuntimeJoin.join(extraction.scenarios(), result.tests(), result.flaky());
        Map<String, Scenario> byId = new HashMap<>();
        extraction.scenarios().forEach(s -> byId.put(s.id(), s));
        List<TestCase> tests = new ArrayList<>(result.tests().size());
        for (TestCase test : result.tests()) {
            tests.add(test.state() == TestState.FAILED ? test.withSteps(RuntimeJoin.stepsOf(byId, test)) : test);
        }
        List<TestCase> flaky = new ArrayList<>(result.flaky().size());
        for (TestCase test : result.flaky()) {
            flaky.add(test.withSteps(RuntimeJoin.failedSteps(byId, test)));
        }
        ScenarioReport own = ScenarioReports.build(List.of(extraction), joined, null,
                (System.nanoTime() - t0) / 1_000_000);
        if (multiModule) {
            Path file = module.tracerDirectory().resolve(ScenarioJson.FILE);
            try {
                ScenarioJson.writeFile(file, own);
            } catch (IOException e) {
                console.warn(Messages.cannotWriteScenarios(file.toString(), Messages.describe(e)));
            }
        }
        return new Outcome(result.withOutcome(tests, result.classFailures(), result.warnings(), result.durationMs(),
                flaky, result.retry()), own);
    }

    /**
     * The build's scenario report (every module's scenarios, joined with the run) in the execution root's
     * {@code target/tracer/scenarios.json}; its summary for the document, or null when no module extracted any.
     */
    static TestDocument.Scenarios writeBuildReport(List<ModulePart> parts, CoverageStep.Outcome coverage,
            BuildInput build, Console console) {
        List<ScenarioReport> reports = parts.stream().map(ModulePart::scenarios).filter(r -> r != null).toList();
        if (reports.isEmpty()) {
            return null;
        }
        long duration = reports.stream().mapToLong(r -> r.performance().extractionDurationMs()).sum();
        // With coverage, each node of node_index carries its JaCoCo line coverage.
        ScenarioReport report = ScenarioReports.merge(reports,
                coverage == null || coverage.coverage() == null ? null : lineCounts(coverage.modules()), duration);
        Path file = build.tracerDirectory().resolve(ScenarioJson.FILE);
        String shown = DisplayPaths.relative(build.executionRoot(), file);
        try {
            ScenarioJson.writeFile(file, report);
        } catch (IOException e) {
            console.warn(Messages.cannotWriteScenarios(shown, Messages.describe(e)));
            return null;
        }
        if (!report.warnings().isEmpty()) {
            console.warn(Messages.scenarioWarnings(report.warnings().size(), shown));
        }
        return new TestDocument.Scenarios(shown, report.scenarios().size(), report.coverage().coveragePct(),
                report.coverage().uncoveredNodeIds());
    }

    /**
     * JaCoCo's line counts per analyzed class (binary name), for the scenario report's nodes. A partly covered line
     * counts as covered, as JaCoCo counts it.
     */
    static Map<String, LineCounts> lineCounts(List<ModuleCoverage> modules) {
        Map<String, LineCounts> counts = new HashMap<>();
        for (ModuleCoverage module : modules) {
            for (ClassResult c : module.classes()) {
                int covered = c.coveredLines().size() + c.partlyLines().size();
                counts.merge(c.className(), new LineCounts(covered, covered + c.missedLines().size()),
                        (a, b) -> new LineCounts(a.covered() + b.covered(), a.total() + b.total()));
            }
        }
        return counts;
    }
}
