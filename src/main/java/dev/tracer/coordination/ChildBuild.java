package dev.tracer.coordination;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The runner's test run: a child build of the same Maven installation, whose stdout is read line by line as it
 * comes (the stream's events, then Maven's own lines) and whose stderr goes to the caller's stderr.
 */
public final class ChildBuild {
    /** Set in the child's environment: the runner's pid, so that the child stops when the runner dies. */
    public static final String PARENT_PID_ENV = "TRACER_RUNNER_PID";
    private static final java.util.concurrent.atomic.AtomicBoolean WATCHING =
            new java.util.concurrent.atomic.AtomicBoolean();

    /** Set in the child's environment: where the child writes the runner's document. */
    public static final String DOCUMENT_ENV = "TRACER_RUNNER_DOCUMENT";

    /** Set in the child's environment: the runner's cache directory and run id, for the child's boundary. */
    public static final String CACHE_ENV = "TRACER_RUNNER_CACHE";
    public static final String RUN_ENV = "TRACER_RUNNER_RUN";

    private ChildBuild() {
    }

    /**
     * A line of the child's stdout without the ANSI codes Debian's packaged Maven 3.8 writes even when stdout is not a
     * terminal (unless {@code -Djansi.noreset=true}), so that an event line is recognized.
     */
    public static String withoutAnsiResets(String line) {
        return line.replaceAll("\u001B\\[[0-9;]*m", "");
    }

    /** {@code MAVEN_HOME/bin/mvn} (or {@code mvn.cmd} on Windows). */
    public static Path mavenExecutable(Path mavenHome) {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return mavenHome.resolve("bin").resolve(windows ? "mvn.cmd" : "mvn");
    }

    /**
     * Runs {@code command} in {@code directory} and waits for it.
     *
     * @param environment variables to set (a null value removes the variable)
     * @param stdoutLines gets each line of stdout
     * @return the exit code
     */
    public static int run(List<String> command, Path directory, Map<String, String> environment,
            Path document, Consumer<String> stdoutLines) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        environment.forEach((k, v) -> {
            if (v == null) {
                builder.environment().remove(k);
            } else {
                builder.environment().put(k, v);
            }
        });
        builder.environment().put(PARENT_PID_ENV, Long.toString(ProcessHandle.current().pid()));
        builder.environment().put(DOCUMENT_ENV, document.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                stdoutLines.accept(line);
            }
            return process.waitFor();
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    /**
     * The options of {@code tracer:test-json} in a runner's child build (the environment names its document): every
     * test, streamed, the whole document to the runner's file, whatever views the POM's {@code <configuration>}
     * sets (a POM value wins over a {@code -D} flag in Maven). Elsewhere, {@code options} unchanged.
     */
    public static dev.tracer.config.Options runnerOptions(dev.tracer.config.Options options,
            Map<String, String> environment) {
        String document = environment.get(DOCUMENT_ENV);
        if (document == null || document.isBlank()) {
            return options;
        }
        return options.toBuilder().all(true).output(document).summaryOnly(false).firstFailure(false).compact(false)
                .filterOut(List.of()).groupByError(false).streaming(true).failOnFlaky(false).build();
    }

    /**
     * In a child build started by a runner (the environment names its cache and run): records the run's boundary
     * ({@link RunBoundary}), so that the requests registered until now replay the run. Elsewhere, does nothing and
     * returns false. A boundary that cannot be recorded is a warning: the run then serves the requests registered
     * before the runner started the build, and the others run again.
     *
     * @param readAlready what Maven read before the first goal (POMs, settings, {@code .mvn/} files)
     */
    public static boolean recordBoundary(Map<String, String> environment, Collection<Path> readAlready,
            Consumer<String> warnings) {
        String cache = environment.get(CACHE_ENV);
        String run = environment.get(RUN_ENV);
        if (cache == null || cache.isBlank() || run == null || run.isBlank()) {
            return false;
        }
        try {
            new Coordinator(Path.of(cache), warnings).recordBoundary(run.trim(), readAlready);
        } catch (IOException | RuntimeException e) {
            warnings.accept("tracer: cannot record which requests run " + run + " serves (" + e.getMessage()
                    + "); the requests registered after it started run again.");
        }
        return true;
    }

    /**
     * In a child build started by a runner (the environment names the runner's pid): stops this JVM as soon as the
     * runner dies, so that a killed runner leaves no build writing into {@code target/} behind it.
     */
    public static void stopWithRunner(Map<String, String> environment) {
        String pid = environment.get(PARENT_PID_ENV);
        if (pid == null || pid.isBlank()) {
            return;
        }
        long runner;
        try {
            runner = Long.parseLong(pid.trim());
        } catch (NumberFormatException e) {
            return;
        }
        if (runner == ProcessHandle.current().pid() || !WATCHING.compareAndSet(false, true)) {
            return; // (once per JVM: every module of a reactor calls this)
        }
        ProcessHandle handle = ProcessHandle.of(runner).orElse(null);
        if (handle == null || !handle.isAlive()) {
            halt();
        }
        // The JDK's onExit() for a process that is not our parent's child checks at growing intervals of up to 5 s;
        // a look every 200 ms keeps the overlap with the next runner's build short.
        Thread watch = new Thread(() -> {
            while (handle.isAlive()) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
            halt();
        }, "tracer-runner-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static void halt() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        Runtime.getRuntime().halt(137);
    }
}
