package dev.tracer.pipeline;

import dev.tracer.config.Options;
import dev.tracer.coverage.CoverageAnalyzer;
import dev.tracer.coverage.CoverageReport;
import dev.tracer.io.DisplayPaths;
import dev.tracer.messages.Messages;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestDocument;
import dev.tracer.model.Timing;
import dev.tracer.reactor.ModulePart;
import dev.tracer.reactor.ReactorLedger;
import dev.tracer.report.DocumentBuilder;
import dev.tracer.report.ReportJson;
import dev.tracer.report.StdoutOptions;
import dev.tracer.events.EventTail;
import dev.tracer.run.LastRun;
import dev.tracer.run.Retry;
import dev.tracer.scenario.ScenarioExtractor;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import dev.tracer.scenario.report.ScenarioJson;
import dev.tracer.source.SourceLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code tracer:test-json} without Maven: one module's run, step by step, and, in the module that completes the
 * build, the report on every module.
 *
 * <pre>
 * module:  select → prepare the output folder → run the tests → collect → rerun policy and merge
 *          → coverage input → scenarios → persist → hand the part to the reactor
 * build:   build the document → coverage → scenarios → print → persist → further views → verdict
 * </pre>
 *
 * The scenario extraction and the warm-ups overlap the first pass ({@link WhileTestsRun}). Each module times its
 * phases on the pipeline's {@link Stopwatch} ({@link ModuleClock}); the document's {@code timing} sums them over the
 * modules and adds the build's coverage analysis and reporting.
 */
public final class TestJsonPipeline {

    private final Options options;
    private final List<ScenarioAdapter> adapters;
    private final BuildInput build;
    private final Console console;
    private final List<DocumentWriter> writers;
    private final StdoutOptions stdout;
    private final Stopwatch clock;

    /** A pipeline timed on the system's clock from now. */
    public TestJsonPipeline(Options options, List<ScenarioAdapter> adapters, BuildInput build, Console console,
            List<DocumentWriter> writers, StdoutOptions stdout) {
        this(options, adapters, build, console, writers, stdout, Stopwatch.startingNow());
    }

    /**
     * @param adapters the scenario adapters in effect; null when scenario extraction is off
     * @param writers  further views of the finished document, written after it
     * @param stdout   how the document is printed (lean within a budget, or in full)
     * @param clock    what the document's {@code timing} is measured with, from the goal's start
     */
    public TestJsonPipeline(Options options, List<ScenarioAdapter> adapters, BuildInput build, Console console,
            List<DocumentWriter> writers, StdoutOptions stdout, Stopwatch clock) {
        this.options = options;
        this.clock = clock;
        this.stdout = stdout;
        this.adapters = adapters == null ? null : List.copyOf(adapters);
        this.build = build;
        this.console = console;
        this.writers = List.copyOf(writers);
    }

    /**
     * Runs one module (unless skipped) and hands its part to the reactor; the module that completes the build
     * reports on all of them.
     *
     * @param skipReason why the module is skipped ({@code tracer.skip}, {@code skipTests}), or null
     * @return the build's verdict in the module that reported; {@link Verdict#PASSED} in the others
     */
    public Verdict run(ModuleInput module, TestRunner runner, String skipReason) throws BrokenRunException {
        ReactorLedger reactor = build.reactor();
        ModulePart part = null;
        if (skipReason != null) {
            console.info(Messages.skipped(skipReason));
            reactor.firstTo("skip");
        } else {
            tipAboutPreviousFailures();
            if (!module.aggregator()) {
                part = runModule(module, runner);
            }
        }
        Optional<List<ModulePart>> parts;
        try {
            parts = reactor.record(module.id(), part);
        } catch (IllegalStateException e) {
            throw new BrokenRunException(e.getMessage(), e);
        }
        if (parts.isEmpty() || parts.get().isEmpty() && reactor.asked("skip")) {
            return Verdict.PASSED;
        }
        // A build of pom modules only still prints a document: stdout is never empty without a reason.
        return report(parts.get().isEmpty() ? List.of(noTests(module)) : parts.get());
    }

    private ModulePart runModule(ModuleInput module, TestRunner runner) throws BrokenRunException {
        LastRun selection = select(module);
        if (selection != null && selection.failed().isEmpty()) {
            console.stderr(Messages.nothingFailedBefore(module.name()));
            return noTests(module);
        }
        Path eventsDir = prepareOutputFolder(module);
        List<Path> execFiles = new ArrayList<>();
        ModuleResult result;
        TestPass first;
        ModulePart.CoverageInput coverage;
        ScenarioStep.Outcome scenarios = null;
        ModuleClock times = new ModuleClock(clock);
        try (WhileTestsRun beside = new WhileTestsRun(eventsDir,
                module.buildDirectory().resolve("surefire-reports"), () -> extract(module, times),
                () -> warmUp(module), console)) {
            try {
                first = TestPass.run(options, module, build, runner, console, clock, TestPass.FIRST, selection,
                        null, options.streaming() ? dir -> streamTo(beside, module) : null, beside.ahead(),
                        execFiles);
            } finally {
                beside.firstPassOver();
            }
            times.firstPass(first.span());
            result = rerunAndMerge(module, runner, first, execFiles, times);
            result.warnings().forEach(console::warn);
            coverage = options.cover() == null ? null : coverageInput(module, result, execFiles);
            if (adapters != null) {
                long joinStart = clock.now();
                scenarios = scenarios(module, result, beside);
                times.join(new ModuleClock.Span(joinStart, clock.now()));
                result = scenarios.result();
            }
        }
        Timing timing = times.timing();
        persist(module, result, timing);
        if (first.outcome().problem() != null && first.outcome().problemIsFailure() && result.tests().isEmpty()) {
            // Surefire's own verdict on the user's input (no test matched -Dtest, say) stands.
            build.reactor().surefireFailure(first.outcome().problem());
        }
        return new ModulePart(result, coverage, scenarios == null ? null : scenarios.report(), timing);
    }

    /** With {@code tracer.failed}: the tests that failed in the module's previous run; otherwise null (all). */
    private LastRun select(ModuleInput module) {
        if (!options.failed()) {
            return null;
        }
        LastRun selection = LastRun.read(module.tracerDirectory().resolve(LastRun.FILE), console::warn);
        if (!selection.failed().isEmpty() && module.testProperty() != null) {
            console.warn(Messages.failedReplacesTest(module.testProperty()));
        }
        return selection;
    }

    /** Removes the previous run's events, before anything watches for new ones; returns the first pass's folder. */
    private static Path prepareOutputFolder(ModuleInput module) throws BrokenRunException {
        Path eventsDir = TestPass.eventsDir(module.tracerDirectory(), TestPass.FIRST);
        try {
            TestPass.deleteTree(eventsDir);
        } catch (IOException e) {
            throw new BrokenRunException("Cannot prepare " + module.tracerDirectory() + ": " + e.getMessage(), e);
        }
        return eventsDir;
    }

    /**
     * Reruns the failed and invalid tests exactly (invalid ones together rerun their class's setup), unless
     * {@link RerunPolicy} says why not. The rerun's reports go elsewhere: the runner's own keep the first pass.
     */
    private ModuleResult rerunAndMerge(ModuleInput module, TestRunner runner, TestPass first, List<Path> execFiles,
            ModuleClock times) throws BrokenRunException {
        ModuleResult result = first.result();
        if (RerunPolicy.noRerunReason(options, result, first.outcome(), console) == null) {
            TestPass again = TestPass.run(options, module, build, runner, console, clock, TestPass.RERUN,
                    LastRun.of(result), module.tracerDirectory().resolve("rerun-reports"), null, null, execFiles);
            times.rerun(again.span());
            return Retry.merge(result, again.result());
        }
        return first.outcome().surefireReruns() > 0 ? Retry.rerunBySurefire(result) : result;
    }

    /** Scenario steps for the failed tests; a fault of the join is a warning, as one of the extraction is. */
    private ScenarioStep.Outcome scenarios(ModuleInput module, ModuleResult result, WhileTestsRun beside) {
        try {
            return ScenarioStep.join(module, result, beside, build.reactor().multiModule(), console);
        } catch (RuntimeException e) {
            console.warn(Messages.scenariosFailed(module.name(), String.valueOf(e)));
            return new ScenarioStep.Outcome(result, null);
        }
    }

    /** The failures for {@code tracer.failed}, and in a reactor the module's own document, with its timing. */
    private void persist(ModuleInput module, ModuleResult result, Timing timing) {
        Path lastRunFile = module.tracerDirectory().resolve(LastRun.FILE);
        try {
            LastRun.of(result).write(lastRunFile);
        } catch (IOException e) {
            console.warn("Cannot record this run's failures in " + lastRunFile + " (-Dtracer.failed reads it): "
                    + Messages.describe(e));
        }
        if (build.reactor().multiModule()) {
            DocumentFile.writeModuleReport(module.tracerDirectory().resolve("report.json"), ReportJson.write(
                    DocumentBuilder.build(List.of(result), DocumentFile.view(options), options.failOnFlaky())
                            .withTiming(timing)), console);
        }
    }

    /** What the build's coverage needs of the module; the analysis waits for every module's exec files. */
    private ModulePart.CoverageInput coverageInput(ModuleInput module, ModuleResult result, List<Path> execFiles) {
        // A run that started no test JVM wrote no exec data; that is not an error.
        List<Path> written = result.tests().isEmpty() && result.flaky().isEmpty()
                ? execFiles.stream().filter(Files::isRegularFile).toList()
                : execFiles.stream().distinct().toList();
        return new ModulePart.CoverageInput(module.name(), module.classesDirectory().toString(),
                module.sourceRoots().stream().map(Path::toString).toList(),
                written.stream().map(Path::toString).toList(),
                build.reactor().multiModule() ? module.tracerDirectory().resolve("report.json").toString() : null);
    }

    private Verdict report(List<ModulePart> parts) {
        long t0 = clock.now();
        List<ModuleResult> results = parts.stream().map(ModulePart::result).toList();
        TestDocument document = DocumentBuilder.build(results, DocumentFile.view(options), options.failOnFlaky());
        if (options.failed() && document.summary().total() == 0) {
            document = document.withHint(Messages.noPreviousFailuresHint());
        }
        Path file = options.output() != null ? build.executionRoot().resolve(options.output())
                : build.tracerDirectory().resolve("report.json");
        String shown = DisplayPaths.relative(build.executionRoot(), file);
        List<TestCase> tests = results.stream().flatMap(r -> r.tests().stream()).toList();
        Map<String, int[]> byModule = build.reactor().multiModule() ? Verdict.byModule(tests) : Map.of();
        try {
            long coverageStart = clock.now();
            CoverageStep.Outcome coverage = options.cover() == null ? null : coverage(parts);
            long coverageMillis = options.cover() == null ? 0 : Stopwatch.millis(coverageStart, clock.now());
            if (coverage != null) {
                document = document.withCoverage(coverage.coverage(),
                        options.summaryOnly() ? List.of() : coverage.warnings());
            }
            TestDocument.Scenarios scenarios = buildScenarioReport(parts, coverage);
            if (scenarios != null && !options.summaryOnly()) {
                document = document.withScenarios(scenarios);
            }
            long t1 = clock.now();
            document = document.withTiming(buildTiming(parts, coverageMillis,
                    Math.max(0, Stopwatch.millis(t0, t1) - coverageMillis)));
            String json = ReportJson.write(document);
            if (options.streaming() && build.reactor().firstTo("stream")) {
                console.stdout(ReportJson.suiteStart()); // no module ran tests, so none started the stream
            }
            DocumentFile.print(options, stdout, document, shown, console);
            String writeError = DocumentFile.write(file, json, shown);
            if (writeError == null) {
                writeFurtherViews(document, file);
            }
            console.debug(timingLine(document.timing(), Stopwatch.millis(t1, clock.now())));
            return verdict(document, byModule, coverage, shown, writeError);
        } catch (RuntimeException e) {
            // Fail closed: a fault while reporting never hides the tests' failures.
            String failure = Verdict.failureOf(document, byModule, shown);
            String error = Messages.reportFailed(Messages.describe(e));
            return Verdict.broken(failure == null ? error : error + " " + failure);
        }
    }

    /**
     * The build's timing: each phase summed over the modules, with the build's coverage analysis and its own part of
     * the reporting (building the document and the scenario report).
     */
    static Timing buildTiming(List<ModulePart> parts, long coverageMillis, long reportMillis) {
        Timing sum = Timing.NONE;
        for (ModulePart part : parts) {
            sum = sum.plus(part.timing());
        }
        return sum.plus(new Timing(0, 0, 0, coverageMillis, 0, 0, reportMillis));
    }

    /** The debug line of the run's timing, in the document's order, and what printing and writing it took. */
    static String timingLine(Timing timing, long writtenMillis) {
        return "tracer: timing before_tests " + timing.beforeTests() + " ms, tests " + timing.tests() + " ms, rerun "
                + timing.rerun() + " ms, coverage " + timing.coverage() + " ms, scenarios " + timing.scenarios()
                + " ms (" + timing.scenariosOverlap() + " ms while tests ran), report " + timing.report()
                + " ms; document printed and written " + writtenMillis + " ms";
    }

    /** Reactor-wide coverage; a fault of the analysis is its error, as an unreadable exec file is. */
    private CoverageStep.Outcome coverage(List<ModulePart> parts) {
        try {
            return CoverageStep.analyze(options, parts, build.executionRoot(), console);
        } catch (RuntimeException e) {
            String reason = Messages.describe(e);
            return CoverageStep.Outcome.failed(reason, Messages.coverageFailed(reason));
        }
    }

    /** The build's scenario report; a fault of the merge is a warning: the test results stand. */
    private TestDocument.Scenarios buildScenarioReport(List<ModulePart> parts, CoverageStep.Outcome coverage) {
        try {
            return ScenarioStep.writeBuildReport(parts, coverage, build, console);
        } catch (RuntimeException e) {
            console.warn(Messages.cannotWriteScenarios(ScenarioJson.FILE, Messages.describe(e)));
            return null;
        }
    }

    /** Where further views of the document plug in; one that fails costs a warning. */
    private void writeFurtherViews(TestDocument document, Path documentFile) {
        for (DocumentWriter writer : writers) {
            try {
                writer.write(document, documentFile);
            } catch (IOException | RuntimeException e) {
                console.warn(Messages.cannotWriteView(documentFile.toString(), Messages.describe(e)));
            }
        }
    }

    /**
     * Failed tests, coverage below the threshold and Surefire's own verdict fail the build; missing results, a
     * coverage analysis that broke and a document that cannot be written break it (and still name the failures).
     */
    private Verdict verdict(TestDocument document, Map<String, int[]> byModule, CoverageStep.Outcome coverage,
            String shown, String writeError) {
        String failure = Verdict.failureOf(document, byModule, shown);
        if (failure == null) {
            failure = build.reactor().surefireFailure();
        }
        if (coverage != null && document.coverage() != null
                && Boolean.FALSE.equals(document.coverage().thresholdMet())) {
            String below = CoverageReport.belowThreshold(document.coverage(), coverage.modules(), shown);
            failure = failure == null ? below : failure + " " + below;
        }
        if (document.errors() != null) {
            // Results are missing: breakage, whatever the tests that did report say.
            String error = Messages.runErrors(document.errors(), shown);
            return Verdict.broken(writeError != null ? writeError + " " + error : error);
        }
        if (coverage != null && coverage.error() != null) {
            String error = Messages.coverageFailed(coverage.error());
            return Verdict.broken(writeError != null ? writeError + " " + error
                    : failure == null ? error : error + " " + failure);
        }
        if (writeError != null) {
            return Verdict.broken(failure == null ? writeError : writeError + " " + failure);
        }
        return failure == null ? Verdict.PASSED : Verdict.failed(failure);
    }

    /** The extraction beside the tests, timed; null when it is off. */
    private ScenarioExtractor.Extraction extract(ModuleInput module, ModuleClock times) throws IOException {
        if (adapters == null) {
            return null;
        }
        long start = clock.now();
        try {
            return ScenarioStep.extract(module, build.executionRoot(), adapters,
                    Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        } finally {
            times.extraction(new ModuleClock.Span(start, clock.now()));
        }
    }

    /** Loads what the end of the run needs: JaCoCo's analyzer, the document's serializers. */
    private void warmUp(ModuleInput module) {
        try {
            if (options.cover() != null) {
                CoverageAnalyzer.warmUp(module.classesDirectory());
            }
            ReportJson.warmUp();
            if (adapters != null) {
                ScenarioJson.warmUp();
            }
        } catch (IOException | RuntimeException e) {
            console.debug(e);
        }
    }

    /** Prints each test as its event arrives. */
    private EventTail streamTo(WhileTestsRun beside, ModuleInput module) {
        if (build.reactor().firstTo("stream")) {
            console.stdout(ReportJson.suiteStart());
        }
        SourceLocator locator = new SourceLocator(module.testSourceRoots(), build.executionRoot());
        return beside.follow(test -> console.stdout(ReportJson.testEvent(locator.locate(test, module.name()))));
    }

    /** Tells on stderr, once a build, how many tests failed in the previous run of its modules. */
    private void tipAboutPreviousFailures() {
        if (options.failed() || options.noWarn() || !build.reactor().firstTo("tip")) {
            return;
        }
        int previous = 0;
        for (Path dir : build.buildDirectories()) {
            previous += LastRun.read(dir.resolve("tracer").resolve(LastRun.FILE), console::debug).failed().size();
        }
        if (previous > 0) {
            console.stderr(Messages.previousFailuresTip(previous));
        }
    }

    private static ModulePart noTests(ModuleInput module) {
        return new ModulePart(new ModuleResult(module.name(), List.of(), List.of(), List.of(), 0), null, null);
    }

}
