package dev.tracer.maven;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tracer.config.AgentOptions;
import dev.tracer.config.GoalParameter;
import dev.tracer.config.Options;
import dev.tracer.config.OptionsParser;
import dev.tracer.config.RawOptions;
import dev.tracer.coordination.CachedEvent;
import dev.tracer.coordination.ChildBuild;
import dev.tracer.coordination.Coordinator;
import dev.tracer.coordination.Replay;
import dev.tracer.coordination.Request;
import dev.tracer.coordination.RunRecord;
import dev.tracer.coordination.RunnerCommand;
import dev.tracer.coordination.Selection;
import dev.tracer.io.DisplayPaths;
import dev.tracer.messages.Messages;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.TestDocument;
import dev.tracer.pipeline.DocumentFile;
import dev.tracer.pipeline.Verdict;
import dev.tracer.report.DocumentBuilder;
import dev.tracer.report.ReportJson;
import dev.tracer.report.StdoutOptions;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs tests for any number of concurrent callers, one run at a time: {@code mvn -q tracer:agent-test
 * -Dtest=CartTest}. Each call registers its request in the event cache ({@code .tracer/} in the project's root
 * directory), waits for the requests before it, and then either replays the results of a run whose build read the
 * project's files after it registered and ran its tests, or runs them itself in a child build
 * ({@code tracer:test-json} of the same Maven installation), streaming the events into the cache. Its output and exit
 * code are those of a direct {@code tracer:test-json} for its tests: the document (or the stream), and a failed build
 * when a test failed.
 *
 * @since 0.1.0
 */
@Mojo(name = "agent-test", aggregator = true, threadSafe = true)
public class AgentTestMojo extends AbstractRunMojo {













    /**
     * The event cache's directory, relative to the project's root directory (environment variable alternative:
     * {@code TRACER_CACHE_DIR}). Keep it outside {@code target/}, so that {@code mvn clean} does not remove it
     * while a request waits. Default: {@code .tracer}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.cacheDir")
    private String cacheDir;

    /**
     * How long to wait for earlier requests before giving up ({@code 30m}, {@code 1h}, ...). Default: {@code 30m}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.waitTimeout")
    private String waitTimeout;

    /**
     * How long finished runs stay in the cache ({@code 1h}, {@code 30m}, ...). Default: {@code 1h}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.cacheRetention")
    private String cacheRetention;

    /**
     * The most the cached runs may take on disk ({@code 64MB}, ...); the oldest go first. Default: {@code 64MB}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.cacheMaxSize")
    private String cacheMaxSize;

    private boolean htmlOn;

    private StdoutOptions stdout = StdoutOptions.DEFAULT;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    protected void executeGoal() throws MojoExecutionException, MojoFailureException {
        RawOptions raw = rawOptions();
        Options options = OptionsParser.parse(raw, userProperties(), System.getenv());
        AgentOptions agent = AgentOptions.parse(cacheDir, waitTimeout, cacheRetention, cacheMaxSize, System.getenv());
        String skipReason = skipReason(raw);
        htmlOn = OptionsParser.bool(raw, GoalParameter.HTML);
        stdout = stdoutOptions(raw);
        if (skipReason != null) {
            getLog().info(Messages.skipped(skipReason));
            return;
        }
        Path mvn = ChildBuild.mavenExecutable(Paths.get(System.getProperty("maven.home", "")));
        if (!Files.isRegularFile(mvn)) {
            throw new MojoExecutionException(Messages.noMavenHome(mvn.toString()));
        }
        Selection selection = Selection.of(session.getUserProperties().getProperty("test"));
        List<String> key = RunnerCommand.key(buildOptions(), userProperties());
        Coordinator coordinator = new Coordinator(cacheDirectory(agent.cacheDir()), getLog()::warn);

        Outcome outcome;
        try (Coordinator.Ticket ticket = coordinator.register(selection, key)) {
            long deadline = System.nanoTime() + Math.min(agent.waitTimeout().toNanos(), Long.MAX_VALUE / 4);
            Coordinator.Turn turn;
            try {
                turn = coordinator.awaitTurn(ticket, deadline, this::logWaiting);
            } catch (TimeoutException e) {
                throw new MojoExecutionException(Messages.waitTimeout(AgentOptions.show(agent.waitTimeout()),
                        shown(coordinator.dir())));
            }
            try (turn) {
                turn.prune(agent.cacheRetention(), agent.cacheMaxBytes());
                RunRecord covering = turn.covering();
                if (covering != null) {
                    getLog().info(Messages.replayed(covering.id(), selection.toString()));
                    outcome = new Outcome(covering, coordinator.events(covering.id()), true);
                } else {
                    outcome = run(turn, coordinator, selection, key, mvn, options);
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot use the test cache in " + coordinator.dir()
                    + " (tracer.cacheDir): " + Messages.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while waiting for earlier test requests.", e);
        }
        report(outcome, selection, options, coordinator.dir());
    }

    /** A run's record and cached events, and whether this caller replays it (rather than having run it). */
    private record Outcome(RunRecord run, List<CachedEvent> events, boolean replayed) {
    }

    private Outcome run(Coordinator.Turn turn, Coordinator coordinator, Selection selection, List<String> key,
            Path mvn, Options options) throws IOException, InterruptedException, MojoExecutionException {
        Coordinator.Run run = turn.start();
        String id = run.record().id();
        getLog().info(Messages.running(id, selection.toString()));
        Path document = coordinator.dir().resolve(Coordinator.RUNS).resolve(id + ".document.out");
        List<String> command = RunnerCommand.command(mvn.toString(), key, selection, document.toString(),
                plugin.getGroupId() + ":" + plugin.getArtifactId() + ":" + plugin.getVersion());
        getLog().debug("tracer: " + String.join(" ", command));
        if (options.streaming()) {
            print(ReportJson.suiteStart());
        }
        ObjectMapper json = new ObjectMapper();
        List<String> errors = new ArrayList<>();
        Map<String, String> environment = new HashMap<>();
        environment.put("TRACER_STREAMING", null);
        environment.put("TRACER_OUTPUT_FILE", null);
        environment.put(ChildBuild.CACHE_ENV, coordinator.dir().toString());
        environment.put(ChildBuild.RUN_ENV, id);
        int exit = ChildBuild.run(command, executionRoot(), environment, document, raw -> {
            String line = ChildBuild.withoutAnsiResets(raw);
            if (line.startsWith("{\"type\":\"test:")) {
                try {
                    run.event((ObjectNode) json.readTree(line));
                } catch (IOException | ClassCastException e) {
                    getLog().warn("tracer: cannot cache the event " + line + ": " + e.getMessage());
                }
                if (options.streaming()) {
                    print(line + "\n");
                }
            } else if (line.startsWith("[WARNING] ")) {
                getLog().warn(line.substring("[WARNING] ".length()));
            } else if (!line.startsWith("{\"type\":\"suite:")) {
                if (line.startsWith("[ERROR]") && errors.size() < 200) {
                    errors.add(line);
                }
                getLog().info(line);
            }
        });
        TestDocument doc = null;
        if (Files.isRegularFile(document)) {
            try {
                doc = ReportJson.read(Files.readString(document, StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                getLog().warn("tracer: cannot read the run's document " + document + ": " + e.getMessage());
            }
            Files.deleteIfExists(document);
        }
        String error = exit == 0 ? null : errorLines(errors);
        RunRecord record = run.finish(exit, error, doc);
        return new Outcome(record, coordinator.events(id), false);
    }

    private void report(Outcome outcome, Selection selection, Options options, Path cacheDirectory)
            throws MojoExecutionException, MojoFailureException {
        RunRecord run = outcome.run();
        ModuleResult result = Replay.cut(run, selection);
        if (result == null) {
            throw new MojoExecutionException(Messages.childBuildFailed(run.exitCode() == null ? -1 : run.exitCode(),
                    run.error() == null ? "" : run.error()));
        }
        TestDocument document = DocumentBuilder.build(List.of(result), DocumentFile.view(options),
                options.failOnFlaky());
        if (options.failed() && document.summary().total() == 0) {
            document = document.withHint(Messages.noPreviousFailuresHint());
        }
        // The scenario summary comes from the sources, not from what ran: the run's holds for every request.
        TestDocument runDocument = run.document();
        if (!options.summaryOnly() && runDocument != null && runDocument.scenarios() != null) {
            document = document.withScenarios(runDocument.scenarios());
        }
        if (runDocument != null && runDocument.timing() != null) {
            // The timing of the run that produced the results (for a replayed request, the run it replays).
            document = document.withTiming(runDocument.timing());
        }
        String json = ReportJson.write(document);
        if (options.streaming() && outcome.replayed()) {
            print(ReportJson.suiteStart());
            for (CachedEvent event : Replay.events(run, outcome.events(), selection)) {
                print(event.event().toString() + "\n");
            }
        }
        Path root = executionRoot();
        Path file = options.output() != null ? root.resolve(options.output())
                : cacheDirectory.resolve(Coordinator.RUNS).resolve(run.id() + ".json");
        String shown = DisplayPaths.relative(root, file);
        DocumentFile.print(options, stdout, document, shown, console());
        if (options.output() != null) {
            String writeError = DocumentFile.write(file, json, shown);
            if (writeError != null) {
                throw new MojoExecutionException(writeError);
            }
            if (htmlOn) {
                try {
                    TestJsonMojo.htmlPage(root).write(document, file);
                } catch (IOException | RuntimeException e) {
                    getLog().warn(Messages.cannotWriteHtml(dev.tracer.html.HtmlReport.besides(file).toString(),
                            Messages.describe(e)));
                }
            }
        }
        if (document.errors() != null) {
            throw new MojoExecutionException(Messages.runErrors(document.errors(), shown));
        }
        Map<String, int[]> byModule = Verdict.byModule(result.tests());
        String failure = Verdict.failureOf(document, byModule.size() > 1 ? byModule : Map.of(), shown);
        if (failure != null) {
            throw new MojoFailureException(failure);
        }
        if (run.exitCode() != null && run.exitCode() != 0 && selection.equals(new Selection(run.selection()))) {
            // The run's own verdict (Surefire found no test matching -Dtest, say) stands for the same request.
            throw new MojoFailureException(run.error() == null || run.error().isEmpty()
                    ? "The test build failed (exit code " + run.exitCode() + ")."
                    : run.error());
        }
    }

    /** The lines of the child's output that say why it failed: Maven's [ERROR] lines, without its help footer. */
    static String errorLines(List<String> lines) {
        List<String> errors = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("[ERROR]")) {
                String text = line.substring("[ERROR]".length()).trim();
                if (text.isEmpty() || text.startsWith("-> [Help") || text.startsWith("To see the full stack trace")
                        || text.startsWith("Re-run Maven") || text.startsWith("For more information")
                        || text.startsWith("[Help ")) {
                    continue;
                }
                errors.add(text.replaceAll("\\s*-> \\[Help \\d+\\]$", ""));
            }
        }
        List<String> shown = errors.size() > 20 ? errors.subList(0, 20) : errors;
        return String.join("\n", shown);
    }

    private void logWaiting(Request earlier) {
        if (earlier == null) {
            getLog().info(Messages.waitingForLock(null));
        } else {
            getLog().info(Messages.waitingForRequest(earlier.seq(), earlier.pid(),
                    new Selection(earlier.selection()).toString()));
        }
    }

    /** The caller's Maven options that the child build repeats, in a fixed order. */
    private List<String> buildOptions() {
        MavenExecutionRequest request = session.getRequest();
        List<String> options = new ArrayList<>();
        if (session.isOffline()) {
            options.add("-o");
        }
        File settings = request.getUserSettingsFile();
        if (settings != null && settings.isFile()) {
            options.add("-s");
            options.add(settings.getAbsolutePath());
        }
        File global = request.getGlobalSettingsFile();
        if (global != null && global.isFile()) {
            options.add("-gs");
            options.add(global.getAbsolutePath());
        }
        File pom = request.getPom();
        if (pom != null) {
            options.add("-f");
            options.add(pom.getAbsolutePath());
        }
        List<String> selected = request.getSelectedProjects();
        if (selected != null && !selected.isEmpty()) {
            options.add("-pl");
            options.add(String.join(",", selected));
        }
        String make = request.getMakeBehavior();
        if (MavenExecutionRequest.REACTOR_MAKE_UPSTREAM.equals(make)) {
            options.add("-am");
        } else if (MavenExecutionRequest.REACTOR_MAKE_DOWNSTREAM.equals(make)) {
            options.add("-amd");
        } else if (MavenExecutionRequest.REACTOR_MAKE_BOTH.equals(make)) {
            options.add("-am");
            options.add("-amd");
        }
        List<String> profiles = new ArrayList<>(request.getActiveProfiles());
        request.getInactiveProfiles().forEach(p -> profiles.add("!" + p));
        if (!profiles.isEmpty()) {
            options.add("-P");
            options.add(String.join(",", profiles));
        }
        if (!session.getUserProperties().containsKey("maven.repo.local") && session.getLocalRepository() != null) {
            options.add("-Dmaven.repo.local=" + session.getLocalRepository().getBasedir());
        }
        return options;
    }

    private String shown(Path path) {
        return DisplayPaths.relative(executionRoot(), path);
    }

    private static void print(String text) {
        MavenConsole.print(text);
    }
}
