package dev.tracer.maven;

import dev.tracer.config.GoalParameter;
import dev.tracer.config.RawOptions;
import dev.tracer.io.DisplayPaths;
import dev.tracer.messages.Messages;
import dev.tracer.scenario.ScenarioExtractor;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import dev.tracer.scenario.report.ScenarioJson;
import dev.tracer.scenario.report.ScenarioReport;
import dev.tracer.scenario.report.ScenarioReports;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Extracts scenarios from the test sources without running anything: every test method becomes a scenario whose
 * steps the adapters type (calls into production code, assertions, Mockito, Spring MVC requests, repositories),
 * with the production types of the main sources as nodes. Prints the report on stdout and writes it to
 * {@code target/tracer/scenarios.json} (in a reactor, one report for every module at the root, and each module's own
 * under its {@code target/tracer/}).
 *
 * <p>No lifecycle runs, so the source roots are those of the project model: {@code src/main/java},
 * {@code src/test/java} and roots added in the POM (profiles, {@code <testSourceDirectory>}), but not roots that
 * plugins add while generating sources. {@code tracer:test-json} compiles first and so also sees generated sources.
 *
 * @since 0.1.0
 */
@Mojo(name = "scenarios", aggregator = true, threadSafe = true)
public class ScenariosMojo extends AbstractTracerMojo {

    /**
     * Orders or disables scenario adapters by name: the listed ones are tried first, in this order; {@code -name}
     * disables one; the others follow in their default order (users' adapters from the plugin's
     * {@code <dependencies>}, then {@code mockito}, {@code spring-mvc}, {@code assertions}, {@code repository},
     * {@code production}). On the command line, comma-separated. Default: every adapter, in the default order.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.adapters")
    private List<String> adapters;

    /**
     * Skip the goal. Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.skip")
    private String skip;

    @Override
    protected void executeGoal() throws MojoExecutionException {
        String skipReason = skipReason(new RawOptions().set(GoalParameter.SKIP, skip));
        if (skipReason != null) {
            getLog().info("Scenario extraction is skipped (" + skipReason + ").");
            return;
        }
        List<ScenarioAdapter> inEffect = ScenarioSupport.adapters(adapters, getClass().getClassLoader());
        long t0 = System.nanoTime();
        Path root = executionRoot();
        List<ScenarioExtractor.Extraction> extractions = new ArrayList<>();
        boolean reactor = session.getProjects().size() > 1;
        for (MavenProject project : session.getProjects()) {
            if ("pom".equals(project.getPackaging())) {
                continue;
            }
            ScenarioExtractor.Extraction extraction;
            try {
                extraction = ScenarioSupport.extract(project, session, inEffect,
                        Runtime.getRuntime().availableProcessors());
            } catch (IOException | RuntimeException e) {
                throw new MojoExecutionException("Cannot extract the scenarios of " + project.getArtifactId() + ": "
                        + Messages.describe(e instanceof IOException io ? io : new IOException(e)), e);
            }
            extractions.add(extraction);
            if (reactor) {
                ScenarioReport own = ScenarioReports.build(List.of(extraction), extraction.scenarios(), null,
                        extraction.durationMs());
                write(Paths.get(project.getBuild().getDirectory(), "tracer", ScenarioJson.FILE), own);
            }
        }
        List<dev.tracer.scenario.Scenario> all = new ArrayList<>();
        extractions.forEach(e -> all.addAll(e.scenarios()));
        ScenarioReport report = ScenarioReports.build(extractions, all, null, (System.nanoTime() - t0) / 1_000_000);
        Path file = root.resolve("target").resolve("tracer").resolve(ScenarioJson.FILE);
        write(file, report);
        print(file);
        String shown = DisplayPaths.relative(root, file);
        int files = extractions.stream().mapToInt(ScenarioExtractor.Extraction::files).sum();
        int parsed = extractions.stream().mapToInt(ScenarioExtractor.Extraction::parsed).sum();
        getLog().info(Messages.scenariosWritten(report.scenarios().size(), report.nodeIndex().size(), files, parsed,
                shown));
        if (!report.warnings().isEmpty()) {
            getLog().warn(Messages.scenarioWarnings(report.warnings().size(), shown));
        }
    }

    private static void write(Path file, ScenarioReport report) throws MojoExecutionException {
        try {
            ScenarioJson.writeFile(file, report);
        } catch (IOException e) {
            throw new MojoExecutionException(Messages.cannotWriteScenarios(file.toString(), Messages.describe(e)), e);
        }
    }

    /** Copies the written report to stdout, streaming: it can be large. */
    private static synchronized void print(Path file) throws MojoExecutionException {
        PrintStream stdout = System.out;
        try {
            java.nio.file.Files.copy(file, stdout);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot print " + file + ": " + Messages.describe(e), e);
        }
        stdout.flush();
    }
}
