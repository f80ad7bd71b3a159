package dev.tracer.pipeline;

import dev.tracer.config.Options;
import dev.tracer.coverage.AgentIncludes;
import dev.tracer.coverage.JacocoAgent;
import dev.tracer.listenerjar.ListenerJar;
import dev.tracer.messages.Messages;
import dev.tracer.model.ModuleResult;
import dev.tracer.events.EventTail;
import dev.tracer.run.LastRun;
import dev.tracer.run.ReadAhead;
import dev.tracer.run.RunCollector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One pass of a module's tests: the listener's files prepared under {@code target/tracer}, the tests run, and what
 * they left behind collected into a result.
 *
 * @param result  the pass's results
 * @param outcome what the runner reported besides them
 * @param span    from the runner's start to the results read, on the pipeline's clock
 */
record TestPass(ModuleResult result, TestRunner.Outcome outcome, ModuleClock.Span span) {

    /** The first pass; a rerun names its files with {@code rerun-}. */
    static final String FIRST = "";
    static final String RERUN = "rerun-";

    /** Where a pass's listener writes its events. */
    static Path eventsDir(Path tracerDir, String prefix) {
        return tracerDir.resolve(prefix + "events");
    }

    /**
     * @param prefix           names this pass's files under target/tracer ({@link #FIRST}, {@link #RERUN})
     * @param selection        the tests to run exactly, or null for the runner's own selection
     * @param reportsDirectory where the runner writes its reports, or null for the project's
     * @param tail             follows the events directory while the tests run (streaming), or null
     * @param ahead            what was read while the tests ran, or null
     * @param execFiles        collects the exec file of the pass when coverage is on
     */
    static TestPass run(Options options, ModuleInput module, BuildInput build, TestRunner runner, Console console,
            Stopwatch clock, String prefix, LastRun selection, Path reportsDirectory, Function<Path, EventTail> tail,
            ReadAhead ahead, List<Path> execFiles) throws BrokenRunException {
        Path tracerDir = module.tracerDirectory();
        Path eventsDir = eventsDir(tracerDir, prefix);
        Path selectionFile = selection == null ? null : tracerDir.resolve(prefix + "selection.txt");
        Path listenerJar;
        try {
            deleteTree(eventsDir);
            Files.createDirectories(eventsDir);
            if (selectionFile != null) {
                Files.write(selectionFile, selection.ids(), StandardCharsets.UTF_8);
            }
            listenerJar = ListenerJar.write(tracerDir.resolve("listener").resolve("tracer-" + prefix + "listener.jar"),
                    eventsDir, selectionFile, options.trace(), options.traceBudget(), runner.narrowsTestNgRows());
        } catch (IOException e) {
            throw new BrokenRunException("Cannot prepare " + tracerDir + ": " + e.getMessage(), e);
        }
        String argLine = null;
        if (options.cover() != null) {
            JacocoAgent.Plan plan = agentPlan(module, build, runner, prefix);
            if (plan.argLine() != null) {
                argLine = plan.argLine();
            } else if (prefix.equals(FIRST)) {
                console.info(Messages.coverageReusesAgent(plan.execFile().toString()));
            }
            execFiles.add(plan.execFile());
        }
        TestRunner.Pass pass = new TestRunner.Pass(listenerJar, eventsDir, ListenerJar.RUN_LISTENER_CLASS,
                selection == null ? null : selection.surefireTestFilter(), reportsDirectory, argLine);
        long t0 = clock.now();
        TestRunner.Outcome outcome;
        try (EventTail following = tail == null ? null : tail.apply(eventsDir)) {
            outcome = runner.run(pass);
        }
        long t1 = clock.now();
        ModuleResult result;
        try {
            result = RunCollector.collect(new RunCollector.Execution(module.name(), eventsDir,
                    outcome.reportsDirectory(), module.testSourceRoots(), build.executionRoot(), outcome.problem(),
                    outcome.problemIsFailure(), outcome.startedAt(), outcome.durationMs()),
                    DocumentFile.view(options).located(), ahead);
        } catch (IOException e) {
            throw new BrokenRunException("Cannot read the test results in " + eventsDir + ": " + e.getMessage(), e);
        }
        long t2 = clock.now();
        console.debug("tracer: " + prefix + "Surefire " + Stopwatch.millis(t0, t1) + " ms, collecting results "
                + Stopwatch.millis(t1, t2) + " ms");
        return new TestPass(result, outcome, new ModuleClock.Span(t0, t2));
    }

    /**
     * The JaCoCo agent for one pass: Tracer's own, writing {@code target/tracer/<prefix>jacoco.exec} (deleted first),
     * joined to the argLine the run would have; or the project's own agent, when the argLine already has one.
     */
    private static JacocoAgent.Plan agentPlan(ModuleInput module, BuildInput build, TestRunner runner, String prefix)
            throws BrokenRunException {
        Path tracerDir = module.tracerDirectory();
        Path ownExec = tracerDir.resolve(prefix + "jacoco.exec");
        try {
            Path agentJar = JacocoAgent.extract(tracerDir.resolve("listener"));
            // The reactor's classes, not the libraries': a module's tests can reach its own and those of the modules
            // it depends on, which the reactor has built before it.
            String includes = AgentIncludes.of(build.classesDirectories());
            JacocoAgent.Plan plan = JacocoAgent.plan(runner.configuredArgLine(), module.argLineProperty(), agentJar,
                    ownExec, includes, module.baseDirectory());
            if (!plan.reused()) {
                Files.deleteIfExists(ownExec);
            }
            return plan;
        } catch (IOException e) {
            throw new BrokenRunException(Messages.cannotPrepareAgent(tracerDir.toString(), Messages.describe(e)), e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
