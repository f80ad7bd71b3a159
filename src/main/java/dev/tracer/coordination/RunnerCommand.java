package dev.tracer.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The child build that runs a request's tests: {@code mvn -B -q [the caller's build options] [its -D properties]
 * -Dtracer.all -Dtracer.streaming=true -Dtracer.output=FILE [-Dtest=...] GROUP:ARTIFACT:VERSION:agent-test-boundary
 * GROUP:ARTIFACT:VERSION:test-json}. The first goal runs once, before any plugin of the project (Maven runs an
 * aggregator goal given before a project goal on its own, first) and tells the cache which requests the run serves.
 * The child lists every test and streams its events, so one run serves every view; how a caller shows the result
 * ({@code tracer.all}, {@code tracer.summaryOnly}, ...) is applied by the caller and is not part of the request's
 * {@link #key key}.
 */
public final class RunnerCommand {

    /** Properties that only change how a caller shows results, or how it waits: not passed to the child. */
    static final Set<String> CALLER_ONLY = Set.of("test", "tracer.all", "tracer.budget", "tracer.cacheDir",
            "tracer.cacheMaxSize", "tracer.cacheRetention", "tracer.compact", "tracer.failOnFlaky", "tracer.filterOut",
            "tracer.firstFailure", "tracer.groupByError", "tracer.html", "tracer.output", "tracer.pretty",
            "tracer.skip", "tracer.streaming", "tracer.summaryOnly", "tracer.verbose", "tracer.waitTimeout");

    /** The child's first goal: it records the run's boundary ({@link Coordinator#recordBoundary}). */
    public static final String BOUNDARY_GOAL = "agent-test-boundary";

    private RunnerCommand() {
    }

    /**
     * What decides what a run does, apart from the tests it selects: the build options and the {@code -D}
     * properties the child gets, sorted. Two requests with the same key and selection run the same tests the same way.
     *
     * @param buildOptions   the caller's Maven options to repeat ({@code -o}, {@code -s FILE}, {@code -f POM},
     *                       {@code -pl LIST}, {@code -P LIST}, ...), in a fixed order
     * @param userProperties the caller's {@code -D} properties
     */
    public static List<String> key(List<String> buildOptions, Map<String, String> userProperties) {
        List<String> key = new ArrayList<>(buildOptions);
        new TreeMap<>(userProperties).forEach((k, v) -> {
            if (!CALLER_ONLY.contains(k)) {
                key.add("-D" + k + "=" + v);
            }
        });
        return key;
    }

    /** The whole command: the launcher, the key's arguments, what the runner needs, and the goal. */
    public static List<String> command(String mvn, List<String> key, Selection selection, String documentFile,
            String pluginCoordinates) {
        List<String> command = new ArrayList<>();
        command.add(mvn);
        command.add("-B");
        command.add("-q");
        command.addAll(key);
        command.add("-Dtracer.all=true");
        command.add("-Dtracer.streaming=true");
        command.add("-Dtracer.output=" + documentFile);
        if (!selection.all()) {
            command.add("-Dtest=" + selection.toProperty());
        }
        // First, before any plugin of the project reads a file: which requests the run serves.
        command.add(pluginCoordinates + ":" + BOUNDARY_GOAL);
        command.add(pluginCoordinates + ":test-json");
        return command;
    }
}
