package dev.tracer.maven;

import dev.tracer.config.AgentOptions;
import dev.tracer.coordination.TestCache;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
public class CacheMojo extends AbstractTracerMojo {

    /**
     * The event cache's directory, relative to the project's root directory (environment variable alternative:
     * {@code TRACER_CACHE_DIR}). Default: {@code .tracer}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tracer.cacheDir")
    private String cacheDir;

    /** It has never rejected other {@code -D} properties; a tool reading the cache should not fail on them. */
    @Override
    protected boolean checksUserProperties() {
        return false;
    }

    @Override
    protected void executeGoal() {
        AgentOptions agent = AgentOptions.parse(cacheDir, null, null, null, System.getenv());
        Path dir = cacheDirectory(agent.cacheDir());
        String json = TestCache.open(dir, getLog()::warn).toJson();
        PrintStream stdout = System.out;
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        stdout.write(bytes, 0, bytes.length);
        stdout.flush();
    }
}
