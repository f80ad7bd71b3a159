package dev.tracer.maven;

import dev.tracer.config.AgentOptions;
import dev.tracer.config.ConfigurationException;
import dev.tracer.coordination.TestCache;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the event cache of {@code tracer:agent-test} as one JSON document on stdout, for tools not written in Java:
 * {@code version}, {@code directory}, {@code lock} (who runs tests now, when someone does), {@code requests} (the
 * registered requests, in queue order) and {@code runs} (oldest first, each with its status, selection, summary and
 * test events with the time each arrived). Java tools can use {@code dev.tracer.coordination.TestCache} directly.
 *
 * @since 0.1.0
 */
@Mojo(name = "cache", aggregator = true, threadSafe = true)
public class CacheMojo extends AbstractMojo {

    /**
     * The event cache's directory, relative to the project's root directory (environment variable alternative:
     * {@code TRACER_CACHE_DIR}). Default: {@code .tracer}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.cacheDir")
    private String cacheDir;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public final void execute() throws MojoExecutionException {
        AgentOptions agent;
        try {
            agent = AgentOptions.parse(cacheDir, null, null, null, System.getenv());
        } catch (ConfigurationException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        File base = session.getTopLevelProject() != null ? session.getTopLevelProject().getBasedir()
                : new File(session.getExecutionRootDirectory());
        Path dir = base.toPath().resolve(agent.cacheDir()).toAbsolutePath().normalize();
        String json = TestCache.open(dir, getLog()::warn).toJson();
        PrintStream stdout = System.out;
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        stdout.write(bytes, 0, bytes.length);
        stdout.flush();
    }
}
