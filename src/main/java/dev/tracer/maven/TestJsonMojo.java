package dev.tracer.maven;

import dev.tracer.config.GoalParameter;
import dev.tracer.config.Options;
import dev.tracer.config.OptionsParser;
import dev.tracer.config.RawOptions;
import dev.tracer.coordination.ChildBuild;
import dev.tracer.html.HtmlReport;
import dev.tracer.maven.surefire.SurefireLauncher;
import dev.tracer.pipeline.BrokenRunException;
import dev.tracer.pipeline.DocumentWriter;
import dev.tracer.pipeline.Stopwatch;
import dev.tracer.pipeline.TestJsonPipeline;
import dev.tracer.report.StdoutOptions;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import java.util.List;
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
     * Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.cover")
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
     * The JaCoCo counter of the percentages and the threshold: {@code LINE}, {@code BRANCH}, {@code INSTRUCTION},
     * {@code METHOD} or {@code CLASS}. Default: {@code LINE}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.coverCounter")
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
     * Default: {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.scenarios")
    private String scenarios;

    /**
     * Orders or disables scenario adapters by name (see {@code tracer:scenarios}); comma-separated on the command
     * line, a {@code -} before a name disables it. Default: every adapter, in the default order.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.adapters")
    private List<String> adapters;


    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The project as the forked test-compile lifecycle left it (properties set by e.g. jacoco:prepare-agent). */
    @Parameter(defaultValue = "${executedProject}", readonly = true)
    private MavenProject executedProject;

    @Component
    private BuildPluginManager pluginManager;

    @Override
    protected void executeGoal() throws MojoExecutionException, MojoFailureException, BrokenRunException {
        // In the child build of tracer:agent-test: stop when the runner dies, leaving no build behind in target/.
        ChildBuild.stopWithRunner(System.getenv());
        RawOptions raw = rawOptions().set(GoalParameter.COVER, cover)
                .set(GoalParameter.COVER_THRESHOLD, coverThreshold).set(GoalParameter.COVER_COUNTER, coverCounter)
                .set(GoalParameter.COVER_INCLUDES, coverIncludes).set(GoalParameter.COVER_EXCLUDES, coverExcludes)
                .set(GoalParameter.TRACE, trace).set(GoalParameter.TRACE_BUDGET, traceBudget)
                .set(GoalParameter.SCENARIOS, scenarios);
        // The child build of tracer:agent-test writes the runner's document, whatever views the POM configures.
        Options options = ChildBuild.runnerOptions(OptionsParser.parse(raw, userProperties(), System.getenv()),
                System.getenv());
        String skipReason = skipReason(raw);
        StdoutOptions stdout = stdoutOptions(raw);
        List<DocumentWriter> writers = OptionsParser.bool(raw, GoalParameter.HTML)
                ? List.of(htmlPage(MavenBuild.executionRoot(session))) : List.of();
        List<ScenarioAdapter> scenarioAdapters = OptionsParser.bool(raw, GoalParameter.SCENARIOS)
                ? ScenarioSupport.adapters(adapters, getClass().getClassLoader()) : null;
        if (skipReason == null && !"pom".equals(project.getPackaging())) {
            MavenBuild.copyForkedProperties(executedProject, project);
        }
        throwFor(new TestJsonPipeline(options, scenarioAdapters, MavenBuild.build(session), console(), writers,
                stdout, Stopwatch.system(startedAt())).run(MavenBuild.module(project, session),
                new SurefireLauncher(session, project, pluginManager, getLog()), skipReason));
    }

    /** {@code report.html} beside the document file; its source excerpts are read under {@code root}. */
    static DocumentWriter htmlPage(java.nio.file.Path root) {
        return (document, documentFile) -> HtmlReport.write(document, root, HtmlReport.besides(documentFile));
    }
}
