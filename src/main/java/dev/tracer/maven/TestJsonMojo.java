package dev.tracer.maven;

import dev.tracer.config.ConfigurationException;
import dev.tracer.config.Messages;
import dev.tracer.config.Options;
import dev.tracer.config.OptionsParser;
import dev.tracer.coverage.AgentIncludes;
import dev.tracer.coverage.ClassFilter;
import dev.tracer.coverage.CoverageAnalyzer;
import dev.tracer.coverage.CoverageException;
import dev.tracer.coverage.CoverageReport;
import dev.tracer.coverage.ExecData;
import dev.tracer.coverage.JacocoAgent;
import dev.tracer.coverage.ModuleCoverage;
import dev.tracer.events.ListenerEvents;
import dev.tracer.listener.ListenerJar;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.TestDocument;
import dev.tracer.reactor.ModulePart;
import dev.tracer.reactor.ReactorLedger;
import dev.tracer.report.DocumentBuilder;
import dev.tracer.report.ReportJson;
import dev.tracer.report.StdoutDocument;
import dev.tracer.report.StdoutOptions;
import dev.tracer.report.View;
import dev.tracer.run.EventTail;
import dev.tracer.run.LastRun;
import dev.tracer.run.Retry;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestState;
import dev.tracer.scenario.RuntimeJoin;
import dev.tracer.scenario.Scenario;
import dev.tracer.scenario.ScenarioExtractor;
import dev.tracer.scenario.ScenarioJson;
import dev.tracer.scenario.ScenarioReport;
import dev.tracer.scenario.ScenarioReports;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import dev.tracer.source.SourceLocator;
import dev.tracer.run.RunCollector;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * Compiles the tests, runs the project's own Surefire with Tracer's listener, and prints one JSON document on
 * stdout (also written to {@code target/tracer/report.json}). The build fails after the document is written when a
 * test failed or could not run.
 *
 * @since 0.1.0
 */
@Mojo(name = "test-json", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.TEST_COMPILE)
public class TestJsonMojo extends AbstractRunMojo {













    /**
     * Measure code coverage with JaCoCo: the agent is added to the test JVM of every Surefire execution (the first
     * run and the rerun; a JaCoCo agent the project already configures, e.g. by {@code jacoco:prepare-agent}, is
     * reused instead), the exec data of every module is merged, and the document gets {@code coverage}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.cover", defaultValue = "false")
    private String cover;

    /**
     * Minimum total coverage in percent (0 to 100) of {@code coverCounter}; implies {@code cover}. Below it the build
     * fails after the document is written, naming the classes that miss most. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.coverThreshold")
    private String coverThreshold;

    /**
     * The JaCoCo counter of the percentages and the threshold: {@code LINE} (default), {@code BRANCH},
     * {@code INSTRUCTION}, {@code METHOD} or {@code CLASS}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.coverCounter", defaultValue = "LINE")
    private String coverCounter;

    /**
     * Class name patterns that coverage counts, as JaCoCo's agent matches them ({@code *} any characters including
     * dots, {@code ?} one character, e.g. {@code shop.*}). Comma-separated on the command line. Default: every
     * class.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.coverIncludes")
    private List<String> coverIncludes;

    /**
     * Class name patterns that coverage leaves out, as JaCoCo's agent matches them (e.g. {@code shop.generated.*},
     * {@code *Dto}). Comma-separated on the command line. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.coverExcludes")
    private List<String> coverExcludes;

    /**
     * Trace these tests with the flight recorder, besides those tagged {@code trace_messages}: a class or
     * {@code Class#method} pattern ({@code *} matches any characters; a class without a package matches the simple
     * name; separate patterns with commas). The only way to trace JUnit 4 tests. A traced test that fails gets a
     * {@code trace} in the document: what its threads did (started, ended, threw, logged, printed, blocked, parked),
     * where they stand, and deadlocks. Default: none (only tagged tests are traced).
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.trace")
    private String trace;

    /**
     * The most events the flight recorder records per traced test (default 5000); then it stops and the trace says
     * {@code "overflow": true}. The ring keeps the last 50 of them, or N with {@code @Tag("trace_messages=N")}.
     * Default: 5000.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.traceBudget")
    private String traceBudget;

    /**
     * Extract scenarios from the test sources after the run and join them with its outcomes: writes
     * {@code target/tracer/scenarios.json} and adds {@code steps} to failed tests. {@code false} turns it off.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.scenarios", defaultValue = "true")
    private String scenarios;

    /**
     * Orders or disables scenario adapters by name (see {@code tracer:scenarios}); comma-separated on the command
     * line, a {@code -} before a name disables it. Default: every adapter, in the default order.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.adapters")
    private List<String> adapters;

    /**
     * Write {@code report.html} beside the document file ({@code target/tracer/report.html}): one self-contained page
     * for people. {@code false} turns it off.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.html", defaultValue = "true")
    private String html;

    private boolean htmlOn;


    /**
     * Print the full document on stdout, as the report file has it, rather than the lean one (see
     * {@code dev.tracer.report.LeanView}); no budget unless {@code tracer.budget} gives one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.verbose", defaultValue = "false")
    private String verbose;

    /**
     * Indent the document on stdout (two spaces) rather than print it on one line; {@code jq .} indents too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.pretty", defaultValue = "false")
    private String pretty;

    /**
     * The most bytes the document on stdout may take (at least 1024; 0 for no budget). What is cut, and in which
     * order, is in the {@code truncated} object the document then has; the report file is never cut. Default: 20000,
     * none with {@code tracer.verbose}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.budget")
    private String budget;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The project as the forked test-compile lifecycle left it (properties set by e.g. jacoco:prepare-agent). */
    @Parameter(defaultValue = "${executedProject}", readonly = true)
    private MavenProject executedProject;

    @Component
    private BuildPluginManager pluginManager;

    /** How often the work beside the tests checks whether they started. */
    private static final long TESTS_STARTED_POLL_MILLIS = 20;

    /** How the document is printed on stdout. */
    private StdoutOptions stdoutOptions = StdoutOptions.DEFAULT;

    /** The scenario adapters in effect; null when scenario extraction is off. */
    private List<ScenarioAdapter> scenarioAdapters;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        // In the child build of tracer:agent-test: stop when the runner dies, leaving no build behind in target/.
        dev.tracer.coordination.ChildBuild.stopWithRunner(System.getenv());
        Options options;
        String skipReason;
        try {
            options = OptionsParser.parse(rawOptions(
                    new OptionsParser.RawCover(cover, coverThreshold, coverCounter, coverIncludes, coverExcludes),
                    trace, traceBudget), userProperties(), System.getenv());
            // The child build of tracer:agent-test writes the runner's document, whatever views the POM configures.
            options = dev.tracer.coordination.ChildBuild.runnerOptions(options, System.getenv());
            stdoutOptions = StdoutOptions.parse(verbose, pretty, budget);
            skipReason = skipReason();
            htmlOn = OptionsParser.boolDefaultTrue("tracer.html", "html", html);
            scenarioAdapters = OptionsParser.boolDefaultTrue("tracer.scenarios", "scenarios", scenarios)
                    ? ScenarioSupport.adapters(adapters, getClass().getClassLoader()) : null;
        } catch (ConfigurationException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        ReactorLedger reactor = reactor();
        ModulePart part = null;
        if (skipReason != null) {
            getLog().info(Messages.skipped(skipReason));
            reactor.firstTo("skip");
        } else {
            if (!options.failed() && !options.noWarn() && reactor.firstTo("tip")) {
                int previous = previousFailures();
                if (previous > 0) {
                    printToStderr(Messages.previousFailuresTip(previous));
                }
            }
            if (!"pom".equals(project.getPackaging())) {
                part = runModule(options, reactor);
            }
        }
        Optional<List<ModulePart>> parts;
        try {
            parts = reactor.record(project.getId(), part);
        } catch (IllegalStateException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        if (parts.isPresent() && (!parts.get().isEmpty() || !reactor.asked("skip"))) {
            // A build of pom modules only still prints a document: stdout is never empty without a reason.
            report(options, reactor, parts.get().isEmpty() ? List.of(new ModulePart(new ModuleResult(
                    project.getArtifactId(), List.of(), List.of(), List.of(), 0), null, null)) : parts.get());
        }
    }

    /** The key of the build's {@link ReactorLedger} in the resolver session's data: a string, as its value is a map. */
    private static final String REACTOR_KEY = "dev.tracer.reactor.ReactorLedger";

    /** This build's ledger, created by the first module to ask; JDK-typed, so every plugin class realm reads it. */
    @SuppressWarnings("unchecked")
    private ReactorLedger reactor() {
        var data = session.getRepositorySession().getData();
        Object shared = data.get(REACTOR_KEY);
        if (shared == null) {
            data.set(REACTOR_KEY, null, new ConcurrentHashMap<String, Object>()); // loses to a concurrent first
            shared = data.get(REACTOR_KEY);
        }
        return ReactorLedger.of((Map<String, Object>) shared,
                session.getProjects().stream().map(MavenProject::getId).toList());
    }

    private ModulePart runModule(Options options, ReactorLedger reactor) throws MojoExecutionException {
        copyForkedProperties();
        Path tracerDir = Paths.get(project.getBuild().getDirectory(), "tracer");
        Path lastRunFile = tracerDir.resolve(LastRun.FILE);
        LastRun selection = null;
        if (options.failed()) {
            selection = LastRun.read(lastRunFile, getLog()::warn);
            if (selection.failed().isEmpty()) {
                printToStderr(Messages.nothingFailedBefore(project.getArtifactId()));
                return new ModulePart(new ModuleResult(project.getArtifactId(), List.of(), List.of(), List.of(), 0),
                        null, null);
            }
            String userTest = session.getUserProperties().getProperty("test");
            if (userTest != null) {
                getLog().warn(Messages.failedReplacesTest(userTest));
            }
        }
        CountDownLatch firstPassOver = new CountDownLatch(1);
        Path eventsDir = eventsDir(tracerDir, "");
        try {
            deleteTree(eventsDir); // the previous run's, before the thread that watches for new ones starts
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot prepare " + tracerDir + ": " + e.getMessage(), e);
        }
        CompletableFuture<ScenarioExtractor.Extraction> extraction = whileTestsRun(options, eventsDir, firstPassOver);
        List<Path> execFiles = new java.util.ArrayList<>();
        Pass first;
        try {
            first = pass(options, tracerDir, "", selection, null, options.streaming(), execFiles, reactor);
        } finally {
            firstPassOver.countDown();
        }
        ModuleResult result = first.result();
        String noRerun = noRerunReason(options, result, first.outcome());
        if (noRerun == null) {
            // The failed and invalid tests, exactly (invalid ones together rerun their class's setup). The rerun's
            // reports go elsewhere: Surefire's own reports keep the first pass.
            Pass again = pass(options, tracerDir, "rerun-", LastRun.of(result),
                    tracerDir.resolve("rerun-reports"), false, execFiles, reactor);
            result = Retry.merge(result, again.result());
        } else if (first.outcome().surefireReruns() > 0) {
            result = Retry.rerunBySurefire(result);
        }
        result.warnings().forEach(getLog()::warn);
        ScenarioReport scenarioReport = null;
        if (scenarioAdapters != null) {
            ScenarioOutcome scenarios = scenarios(result, tracerDir, extraction, reactor.multiModule());
            result = scenarios.result();
            scenarioReport = scenarios.report();
        }
        try {
            LastRun.of(result).write(lastRunFile);
        } catch (IOException e) {
            getLog().warn("Cannot record this run's failures in " + lastRunFile + " (-Dtracer.failed reads it): "
                    + Messages.describe(e));
        }
        if (reactor.multiModule()) {
            writeQuietly(tracerDir.resolve("report.json"),
                    ReportJson.write(DocumentBuilder.build(List.of(result), view(options), options.failOnFlaky())));
        }
        ModulePart.CoverageInput coverage = null;
        if (options.cover() != null) {
            // A run that started no test JVM wrote no exec data; that is not an error.
            List<Path> written = result.tests().isEmpty() && result.flaky().isEmpty()
                    ? execFiles.stream().filter(Files::isRegularFile).toList()
                    : execFiles.stream().distinct().toList();
            coverage = new ModulePart.CoverageInput(project.getArtifactId(), project.getBuild().getOutputDirectory(),
                    project.getCompileSourceRoots(), written.stream().map(Path::toString).toList(),
                    reactor.multiModule() ? tracerDir.resolve("report.json").toString() : null);
        }
        if (first.outcome().problem() != null && first.outcome().problemIsFailure() && result.tests().isEmpty()) {
            // Surefire's own verdict on the user's input (no test matched -Dtest, say) stands.
            reactor.surefireFailure(first.outcome().problem());
        }
        return new ModulePart(result, coverage, scenarioReport);
    }

    /** Where a pass's listener writes its events ({@code prefix} as in {@link #pass}). */
    private static Path eventsDir(Path tracerDir, String prefix) {
        return tracerDir.resolve(prefix + "events");
    }

    /** One Surefire execution and what it left behind. */
    private record Pass(ModuleResult result, SurefireLauncher.Outcome outcome) {
    }

    /**
     * @param prefix           names this pass's files under target/tracer ({@code ""}, {@code "rerun-"})
     * @param selection        the tests to run exactly, or null for Surefire's own selection
     * @param reportsDirectory where Surefire writes its reports, or null for the user's
     */
    private Pass pass(Options options, Path tracerDir, String prefix, LastRun selection, Path reportsDirectory,
            boolean stream, List<Path> execFiles, ReactorLedger reactor) throws MojoExecutionException {
        Path eventsDir = eventsDir(tracerDir, prefix);
        Path selectionFile = selection == null ? null : tracerDir.resolve(prefix + "selection.txt");
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        if (selection != null) {
            parameters.put("test", selection.surefireTestFilter());
            // A selected class may hold no selected test on this provider: that is not an error.
            parameters.put("failIfNoSpecifiedTests", "false");
        }
        if (reportsDirectory != null) {
            parameters.put("reportsDirectory", reportsDirectory.toString());
        }
        Path listenerJar;
        try {
            deleteTree(eventsDir);
            Files.createDirectories(eventsDir);
            if (selectionFile != null) {
                Files.write(selectionFile, selection.ids(), StandardCharsets.UTF_8);
            }
            listenerJar = ListenerJar.write(tracerDir.resolve("listener").resolve("tracer-" + prefix + "listener.jar"),
                    eventsDir, selectionFile, options.trace(), options.traceBudget());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot prepare " + tracerDir + ": " + e.getMessage(), e);
        }
        SurefireLauncher launcher = new SurefireLauncher(session, project, pluginManager, getLog());
        if (options.cover() != null) {
            JacocoAgent.Plan plan = agentPlan(launcher, tracerDir, prefix);
            if (plan.argLine() != null) {
                parameters.put("argLine", plan.argLine());
            } else if (prefix.isEmpty()) {
                getLog().info(Messages.coverageReusesAgent(plan.execFile().toString()));
            }
            execFiles.add(plan.execFile());
        }
        long t0 = System.nanoTime();
        SurefireLauncher.Outcome outcome;
        try (EventTail tail = stream ? streamTo(eventsDir, reactor) : null) {
            outcome = launcher.run(listenerJar, ListenerJar.RUN_LISTENER_CLASS, parameters);
        }
        long t1 = System.nanoTime();
        ModuleResult result;
        try {
            result = RunCollector.collect(new RunCollector.Execution(
                    project.getArtifactId(),
                    eventsDir,
                    outcome.reportsDirectory(),
                    project.getTestCompileSourceRoots().stream().map(Paths::get).toList(),
                    executionRoot(),
                    outcome.problem(),
                    outcome.problemIsFailure(),
                    outcome.startedAt(),
                    outcome.durationMs()), view(options).located());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the test results in " + eventsDir + ": " + e.getMessage(), e);
        }
        getLog().debug("tracer: " + (prefix.isEmpty() ? "" : prefix) + "Surefire " + (t1 - t0) / 1_000_000
                + " ms, collecting results " + (System.nanoTime() - t1) / 1_000_000 + " ms");
        return new Pass(result, outcome);
    }

    /**
     * The JaCoCo agent for one pass: Tracer's own, writing {@code target/tracer/<prefix>jacoco.exec} (deleted first),
     * joined to the argLine the run would have; or the project's own agent, when the argLine already has one.
     */
    private JacocoAgent.Plan agentPlan(SurefireLauncher launcher, Path tracerDir, String prefix)
            throws MojoExecutionException {
        String property = session.getUserProperties().getProperty("argLine",
                project.getProperties().getProperty("argLine"));
        Path ownExec = tracerDir.resolve(prefix + "jacoco.exec");
        try {
            Path agentJar = JacocoAgent.extract(tracerDir.resolve("listener"));
            // The reactor's classes, not the libraries': a module's tests can reach its own and those of the modules
            // it depends on, which the reactor has built before it.
            String includes = AgentIncludes.of(session.getProjects().stream()
                    .map(module -> Paths.get(module.getBuild().getOutputDirectory())).toList());
            JacocoAgent.Plan plan = JacocoAgent.plan(launcher.configuredArgLine(), property, agentJar, ownExec,
                    includes, project.getBasedir().toPath());
            if (!plan.reused()) {
                Files.deleteIfExists(ownExec);
            }
            return plan;
        } catch (IOException e) {
            throw new MojoExecutionException(Messages.cannotPrepareAgent(tracerDir.toString(), Messages.describe(e)),
                    e);
        }
    }

    /** The module's result with steps, and its scenario report; null when extraction failed. */
    private record ScenarioOutcome(ModuleResult result, ScenarioReport report) {
    }

    /**
     * Extracts the module's scenarios, joins them with the run, writes the module's scenarios.json in a reactor, and
     * gives each failed (and flaky) test its steps. A failure here is a warning: the test results stand.
     */
    private ScenarioOutcome scenarios(ModuleResult result, Path tracerDir,
            CompletableFuture<ScenarioExtractor.Extraction> extracted, boolean multiModule) {
        long t0 = System.nanoTime();
        ScenarioExtractor.Extraction extraction;
        try {
            extraction = extracted.join();
        } catch (CompletionException e) { // whileTestsRun wraps an IOException in an UncheckedIOException
            Throwable cause = e.getCause() instanceof UncheckedIOException io ? io.getCause() : e.getCause();
            getLog().warn(Messages.scenariosFailed(project.getArtifactId(), String.valueOf(cause)));
            return new ScenarioOutcome(result, null);
        }
        getLog().debug("tracer: waited " + (System.nanoTime() - t0) / 1_000_000 + " ms for the extraction ("
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
            try {
                ScenarioJson.writeFile(tracerDir.resolve(ScenarioJson.FILE), own);
            } catch (IOException e) {
                getLog().warn(Messages.cannotWriteScenarios(tracerDir.resolve(ScenarioJson.FILE).toString(),
                        Messages.describe(e)));
            }
        }
        getLog().debug("tracer: scenarios " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        return new ScenarioOutcome(result.withOutcome(tests, result.classFailures(), result.warnings(),
                result.durationMs(), flaky, result.retry()), own);
    }

    /**
     * What does not depend on the run, done on a daemon thread while the tests run, on the core the test JVM leaves
     * idle: the scenario extraction (the future's result; null when extraction is off, and a failure is the
     * future's), then loading what the end of the run needs, which a cold JVM takes most of a second over (the events
     * reader, JaCoCo's analyzer, the document's serializers). The warm-up is best effort: its errors are dropped, and
     * the run does not wait for it. It starts once the listener has written its first event: before that, Surefire's
     * set-up and the test JVM's start use both cores.
     */
    private CompletableFuture<ScenarioExtractor.Extraction> whileTestsRun(Options options, Path eventsDir,
            CountDownLatch firstPassOver) {
        Path root = executionRoot();
        List<ScenarioAdapter> adapters = scenarioAdapters;
        Path classesDir = options.cover() == null ? null : Paths.get(project.getBuild().getOutputDirectory());
        CompletableFuture<ScenarioExtractor.Extraction> extraction = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                while (!firstPassOver.await(TESTS_STARTED_POLL_MILLIS, TimeUnit.MILLISECONDS)
                        && !ListenerEvents.anyWritten(eventsDir)) {
                    // waiting for the tests to start
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                ListenerEvents.warmUp();
            } catch (RuntimeException e) {
                getLog().debug(e);
            }
            try {
                extraction.complete(adapters == null ? null : ScenarioSupport.extract(project, root, adapters,
                        Math.max(1, Runtime.getRuntime().availableProcessors() - 1)));
            } catch (IOException e) {
                extraction.completeExceptionally(new UncheckedIOException(e));
            } catch (RuntimeException | Error e) {
                extraction.completeExceptionally(e);
            }
            try {
                if (classesDir != null) {
                    CoverageAnalyzer.warmUp(classesDir);
                }
                ReportJson.warmUp();
                if (adapters != null) {
                    ScenarioJson.warmUp();
                }
            } catch (IOException | RuntimeException e) {
                getLog().debug(e);
            }
        }, "tracer-while-tests-run");
        thread.setDaemon(true);
        thread.start();
        return extraction;
    }

    /**
     * The build's scenario report (every module's scenarios, joined with the run) in the execution root's
     * {@code target/tracer/scenarios.json}; its summary for the document, or null when no module extracted any.
     */
    private TestDocument.Scenarios writeScenarioReport(List<ModulePart> parts, CoverageOutcome coverage) {
        List<ScenarioReport> reports = parts.stream().map(ModulePart::scenarios).filter(r -> r != null).toList();
        if (reports.isEmpty()) {
            return null;
        }
        long duration = reports.stream().mapToLong(r -> r.performance().extractionDurationMs()).sum();
        // With coverage, each node of node_index carries its JaCoCo line coverage.
        ScenarioReport report = ScenarioReports.merge(reports,
                coverage == null || coverage.coverage() == null ? null : ScenarioSupport.lineCounts(coverage.modules()),
                duration);
        Path file = executionRoot().resolve("target").resolve("tracer").resolve(ScenarioJson.FILE);
        String shown = RunCollector.relative(executionRoot(), file);
        try {
            ScenarioJson.writeFile(file, report);
        } catch (IOException e) {
            getLog().warn(Messages.cannotWriteScenarios(shown, Messages.describe(e)));
            return null;
        }
        if (!report.warnings().isEmpty()) {
            getLog().warn(Messages.scenarioWarnings(report.warnings().size(), shown));
        }
        return new TestDocument.Scenarios(shown, report.scenarios().size(), report.coverage().coveragePct(),
                report.coverage().uncoveredNodeIds());
    }

    /** Why failures are not rerun, or null when they are (see the README's "Reruns"). */
    private String noRerunReason(Options options, ModuleResult first, SurefireLauncher.Outcome outcome) {
        if (first.tests().stream().noneMatch(t -> t.state().isProblem())) {
            return "nothing failed";
        }
        if (!options.retry()) {
            return "tracer.retry=false";
        }
        if (options.failed()) {
            return "tracer.failed";
        }
        if (outcome.surefireReruns() > 0) {
            return "Surefire reran the failures itself (rerunFailingTestsCount)";
        }
        if (!Retry.selectable(first)) {
            getLog().warn(Messages.notRerunFromXml());
            return "results from Surefire's XML reports";
        }
        return null;
    }

    private void report(Options options, ReactorLedger reactor, List<ModulePart> parts)
            throws MojoExecutionException, MojoFailureException {
        long t0 = System.nanoTime();
        List<ModuleResult> results = parts.stream().map(ModulePart::result).toList();
        TestDocument document = DocumentBuilder.build(results, view(options), options.failOnFlaky());
        if (options.failed() && document.summary().total() == 0) {
            document = document.withHint(Messages.noPreviousFailuresHint());
        }
        CoverageOutcome coverage = options.cover() == null ? null : coverage(options, parts);
        if (coverage != null) {
            document = document.withCoverage(coverage.coverage(),
                    options.summaryOnly() ? List.of() : coverage.warnings());
        }
        TestDocument.Scenarios scenarioSummary = writeScenarioReport(parts, coverage);
        if (scenarioSummary != null && !options.summaryOnly()) {
            document = document.withScenarios(scenarioSummary);
        }
        long t1 = System.nanoTime();
        String json = ReportJson.write(document);
        Path file = options.output() != null
                ? executionRoot().resolve(options.output())
                : executionRoot().resolve("target").resolve("tracer").resolve("report.json");
        String shown = RunCollector.relative(executionRoot(), file);
        if (options.streaming()) {
            if (reactor.firstTo("stream")) {
                print(ReportJson.suiteStart()); // no module ran tests, so none started the stream
            }
            print(ReportJson.suiteEnd(document));
        } else {
            print(options.compact() ? StdoutDocument.compact(document, stdoutOptions, shown)
                    : StdoutDocument.render(document, stdoutOptions, shown));
        }

        String writeError = null;
        try {
            if (Files.isDirectory(file)) {
                throw new IOException("it is a directory");
            }
            ReportJson.writeFile(file, json);
        } catch (IOException | RuntimeException e) {
            writeError = Messages.cannotWrite(shown, Messages.describe(e));
        }
        if (writeError == null) {
            writeHtml(htmlOn, document, executionRoot(), file, getLog());
        }
        getLog().debug("tracer: report " + (t1 - t0) / 1_000_000 + " ms, JSON written "
                + (System.nanoTime() - t1) / 1_000_000 + " ms");
        String failure = null;
        if (DocumentBuilder.failed(document)) {
            var s = document.summary();
            failure = s.failed() + s.invalid() > 0
                    ? Messages.testFailures(s.failed(), s.invalid(), s.total(),
                            reactor.multiModule() ? Messages.byModule(failuresByModule(results)) : "", shown)
                    : Messages.classFailures(document.classFailures() == null ? 0 : document.classFailures().size(),
                            shown);
            if (s.failed() + s.invalid() == 0 && document.classFailures() == null && s.flaky() != null
                    && s.flaky() > 0) {
                failure = Messages.flakyFailure(s.flaky(), shown);
            }
        } else if (reactor.surefireFailure() != null) {
            failure = reactor.surefireFailure();
        }
        if (coverage != null && Boolean.FALSE.equals(document.coverage() == null ? null
                : document.coverage().thresholdMet())) {
            String below = CoverageReport.belowThreshold(document.coverage(), coverage.modules(), shown);
            failure = failure == null ? below : failure + " " + below;
        }
        if (document.errors() != null) {
            // Results are missing: breakage, whatever the tests that did report say.
            String error = Messages.runErrors(document.errors(), shown);
            throw new MojoExecutionException(writeError != null ? writeError + " " + error : error);
        }
        if (coverage != null && coverage.error() != null) {
            String error = Messages.coverageFailed(coverage.error());
            throw new MojoExecutionException(writeError != null ? writeError + " " + error
                    : failure == null ? error : error + " " + failure);
        }
        if (writeError != null) {
            throw new MojoExecutionException(failure == null ? writeError : writeError + " " + failure);
        }
        if (failure != null) {
            throw new MojoFailureException(failure);
        }
    }

    /**
     * The analysis: what the document shows, the modules analyzed (for the threshold message), warnings, or the
     * error that stopped it.
     */
    private record CoverageOutcome(dev.tracer.model.Coverage coverage, List<ModuleCoverage> modules,
            List<String> warnings, String error) {
    }

    /**
     * Every module's exec files merged, then each module's classes analyzed against them: a test in one module that
     * runs another module's code counts for that module. In a reactor, each module's own report gets its coverage.
     */
    private CoverageOutcome coverage(Options options, List<ModulePart> parts) {
        Options.Cover cover = options.cover();
        List<ModulePart> inputs = parts.stream().filter(p -> p.coverage() != null).toList();
        List<ModuleCoverage> modules = new java.util.ArrayList<>();
        List<String> warnings = new java.util.ArrayList<>();
        long t0 = System.nanoTime();
        try {
            ExecutionDataStore store = ExecData.load(inputs.stream().flatMap(i -> i.coverage().execFiles().stream())
                    .distinct().map(Paths::get).toList());
            ClassFilter filter = new ClassFilter(cover.includes(), cover.excludes());
            for (ModulePart input : inputs) {
                ModulePart.CoverageInput in = input.coverage();
                try {
                    modules.add(CoverageAnalyzer.analyze(new CoverageAnalyzer.ModuleClasses(in.module(),
                            Paths.get(in.classesDir()), in.sourceRoots().stream().map(Paths::get).toList()),
                            store, filter, executionRoot()));
                } catch (IOException e) {
                    String reason = Messages.describe(e);
                    return new CoverageOutcome(null, List.of(), List.of(Messages.coverageFailed(reason)), reason);
                }
            }
        } catch (CoverageException e) {
            return new CoverageOutcome(null, List.of(), List.of(e.getMessage()), e.getMessage());
        }
        boolean multiModule = modules.size() > 1;
        for (ModuleCoverage module : modules) {
            if (!module.noMatch().isEmpty()) {
                String warning = Messages.coverageNoMatch(module.noMatch());
                getLog().warn(warning);
                warnings.add(multiModule ? module.module() + ": " + warning : warning);
            }
        }
        View view = view(options);
        boolean listAll = view.all() && !view.summaryOnly();
        dev.tracer.model.Coverage coverage = CoverageReport.of(modules, cover.counter(), cover.threshold(),
                listAll, !view.summaryOnly());
        for (int i = 0; i < inputs.size(); i++) {
            ModulePart input = inputs.get(i);
            if (input.coverage().report() != null) {
                ModuleCoverage own = modules.get(i);
                TestDocument moduleDocument = DocumentBuilder.build(List.of(input.result()), view,
                        options.failOnFlaky()).withCoverage(CoverageReport.of(List.of(own), cover.counter(),
                                cover.threshold(), listAll, !view.summaryOnly()),
                        own.noMatch().isEmpty() ? List.of() : List.of(Messages.coverageNoMatch(own.noMatch())));
                writeQuietly(Paths.get(input.coverage().report()), ReportJson.write(moduleDocument));
            }
        }
        getLog().debug("tracer: coverage analysis " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        return new CoverageOutcome(coverage, modules, warnings, null);
    }

    /** Prints each test as its event arrives; the locator is the tail thread's own (JavaParser is not thread-safe). */
    private EventTail streamTo(Path eventsDir, ReactorLedger reactor) {
        if (reactor.firstTo("stream")) {
            print(ReportJson.suiteStart());
        }
        SourceLocator locator = new SourceLocator(
                project.getTestCompileSourceRoots().stream().map(Paths::get).toList(), executionRoot());
        String module = project.getArtifactId();
        return new EventTail(eventsDir, test -> print(ReportJson.testEvent(locator.locate(test, module)))).start();
    }

    /** Failed and invalid tests recorded by the previous run of every module of this build. */
    private int previousFailures() {
        int count = 0;
        for (MavenProject module : session.getProjects()) {
            Path file = Paths.get(module.getBuild().getDirectory(), "tracer", LastRun.FILE);
            count += LastRun.read(file, getLog()::debug).failed().size();
        }
        return count;
    }

    /** The HTML page beside the document file, unless {@code tracer.html} is false; a failure to write it warns. */
    static void writeHtml(boolean on, TestDocument document, Path root, Path documentFile,
            org.apache.maven.plugin.logging.Log log) {
        if (!on) {
            return;
        }
        Path page = dev.tracer.html.HtmlReport.besides(documentFile);
        try {
            dev.tracer.html.HtmlReport.write(document, root, page);
        } catch (IOException | RuntimeException e) {
            log.warn(Messages.cannotWriteHtml(page.toString(), Messages.describe(e)));
        }
    }

    static View view(Options options) {
        return new View(options.all(), options.summaryOnly(), options.firstFailure(), options.filterOut(),
                options.groupByError());
    }

    /**
     * A line on the process's stderr. Not through {@code System.err}: Maven 4 points that at its console, which is
     * stdout, and stdout holds the document alone.
     */
    private static synchronized void printToStderr(String line) {
        byte[] bytes = (line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        try {
            STDERR.write(bytes);
            STDERR.flush();
        } catch (IOException e) {
            System.err.println(line);
        }
    }

    private static final FileOutputStream STDERR = new FileOutputStream(FileDescriptor.err);

    private static synchronized void print(String text) {
        PrintStream stdout = System.out;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        stdout.write(bytes, 0, bytes.length);
        stdout.flush();
    }

    private static Map<String, int[]> failuresByModule(List<ModuleResult> modules) {
        Map<String, int[]> counts = new java.util.LinkedHashMap<>();
        for (ModuleResult module : modules) {
            counts.put(module.module(), new int[] {
                DocumentBuilder.count(module.tests(), dev.tracer.model.TestState.FAILED),
                DocumentBuilder.count(module.tests(), dev.tracer.model.TestState.INVALID)});
        }
        return counts;
    }

    /** Properties set during the forked lifecycle (an argLine from jacoco:prepare-agent) land on executedProject. */
    private void copyForkedProperties() {
        if (executedProject != null && executedProject != project) {
            executedProject.getProperties().forEach((k, v) -> project.getProperties().put(k, v));
        }
    }


    private Path executionRoot() {
        return Paths.get(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
    }

    private void writeQuietly(Path file, String json) {
        try {
            ReportJson.writeFile(file, json);
        } catch (IOException e) {
            getLog().warn("Cannot write the module report " + file + ": " + e.getMessage());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
