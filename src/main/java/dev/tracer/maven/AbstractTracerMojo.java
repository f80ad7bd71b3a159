package dev.tracer.maven;

import dev.tracer.config.ConfigurationException;
import dev.tracer.config.GoalParameter;
import dev.tracer.config.OptionsParser;
import dev.tracer.config.RawOptions;
import dev.tracer.pipeline.BrokenRunException;
import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The one {@code execute()} of every goal (as JaCoCo's {@code AbstractJacocoMojo}): the check of the {@code -D}
 * properties, then the goal, then one mapping of what went wrong. A {@link ConfigurationException} is the user's
 * mistake and becomes a {@link MojoFailureException} with its message (which names the property and the fix); a
 * {@link BrokenRunException} is a fault of the run or of Tracer and becomes a {@link MojoExecutionException}. Other
 * unchecked exceptions are left to Maven, which reports them as the plugin's own failure ("Execution ... failed"),
 * the same category. A failed test is the goal's verdict and passes through as the goal threw it.
 */
abstract class AbstractTracerMojo extends AbstractMojo {

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** When the goal started ({@link System#nanoTime}): the document's timing counts from here. */
    private long startedAt;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        startedAt = System.nanoTime();
        try {
            if (checksUserProperties()) {
                OptionsParser.checkKnown(userProperties());
            }
            executeGoal();
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (BrokenRunException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** When the goal started, on {@link System#nanoTime}. */
    long startedAt() {
        return startedAt;
    }

    /** The goal itself; configuration errors may be thrown as {@link ConfigurationException}. */
    protected abstract void executeGoal() throws MojoExecutionException, MojoFailureException, BrokenRunException;

    /**
     * Whether an unknown {@code -Dtracer.*} property fails the goal. The goals that take no {@code tracer.*} options
     * of the run (or run inside the child build, whose properties the runner wrote) keep accepting any.
     */
    protected boolean checksUserProperties() {
        return true;
    }

    /** Why the goal is skipped, or null; here only {@code tracer.skip}, the goals that run tests add Maven's. */
    String skipReason(RawOptions raw) {
        return OptionsParser.bool(raw, GoalParameter.SKIP) ? "tracer.skip" : null;
    }

    /** The {@code -D} properties of the command line. */
    final Map<String, String> userProperties() {
        Map<String, String> map = new HashMap<>();
        session.getUserProperties().forEach((k, v) -> map.put(String.valueOf(k), String.valueOf(v)));
        return map;
    }

    /** The pipeline's console: this goal's log, and the process's stdout and stderr. */
    final MavenConsole console() {
        return new MavenConsole(getLog());
    }

    /** The directory Maven runs in, absolute. */
    final Path executionRoot() {
        return Paths.get(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
    }

    /** The event cache's directory ({@code tracer.cacheDir}), relative to the project's root directory. */
    final Path cacheDirectory(String cacheDir) {
        File base = session.getTopLevelProject() != null ? session.getTopLevelProject().getBasedir()
                : new File(session.getExecutionRootDirectory());
        return base.toPath().resolve(cacheDir).toAbsolutePath().normalize();
    }
}
