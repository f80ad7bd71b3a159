package dev.tracer.coordination;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * Which requests a run serves: those registered before its build started to read the project's files.
 *
 * <p>The runner starts its child build (a run of {@code tracer:test-json}) and, until that build reads a source file,
 * a request that registers is as well served by the run as one that registered before: the run will see whatever
 * the caller saw. The child build's first goal ({@code tracer:agent-test-boundary}, an aggregator goal given before
 * {@code test-json}, so Maven runs it on its own before any plugin of the project) records that moment: it takes the
 * lock that registering takes, reads the queue's last number and writes {@code runs/ID.boundary} ("EPOCH N"). Every
 * request is thus surely before it (number up to N) or after it. When the run finishes, the runner folds the
 * boundary into the run's {@link RunRecord#lastRequest()}, which never goes below the last request registered when
 * the runner started the build.
 *
 * <p>Maven reads the POMs, the settings and {@code .mvn/} before any goal. When one of those changed after the run
 * started (or within {@link #TIMESTAMP_SLACK} before, for file systems with coarse timestamps), the build may have read
 * the old one while a later request expects the new one: then no boundary is recorded.
 */
final class RunBoundary {
    static final String SUFFIX = ".boundary";

    /** File systems with coarse modification times (FAT: 2 s) may put an edit made after the start before it. */
    static final Duration TIMESTAMP_SLACK = Duration.ofSeconds(2);

    private RunBoundary() {
    }

    static boolean record(Coordinator cache, String runId, Collection<Path> readAlready) throws IOException {
        RunRecord run = cache.run(runId);
        Instant started = run == null ? null : Coordinator.parse(run.startedAt());
        if (started == null) {
            return false; // not a run of this cache (pruned, or not ours): nothing to extend
        }
        Instant earliest = started.minus(TIMESTAMP_SLACK);
        for (Path file : readAlready) {
            try {
                if (!Files.getLastModifiedTime(file).toInstant().isBefore(earliest)) {
                    return false;
                }
            } catch (NoSuchFileException e) {
                // not there, so not read
            }
        }
        Coordinator.Sequence last = cache.lastRegistered();
        Coordinator.writeAtomically(cache.dir().resolve(Coordinator.RUNS).resolve(runId + SUFFIX),
                last.epoch() + " " + last.value() + "\n");
        return true;
    }

    /** The run with the last request its boundary admits, and the boundary file removed. */
    static RunRecord apply(Path runs, RunRecord run, Consumer<String> warnings) {
        Path file = runs.resolve(run.id() + SUFFIX);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            Files.deleteIfExists(file);
        } catch (NoSuchFileException e) {
            return run; // none recorded: the requests registered before the build started
        } catch (IOException e) {
            warnings.accept("tracer: cannot read " + file + " (" + Coordinator.firstLine(e) + "); the run serves the "
                    + "requests registered before it started.");
            return run;
        }
        String[] parts = text.trim().split(" ");
        try {
            if (parts.length == 2 && parts[0].equals(run.epoch())) {
                return run.admitting(Math.max(run.lastRequest(), Long.parseLong(parts[1])));
            }
            if (parts.length == 2 && !parts[0].isEmpty()) {
                Long.parseLong(parts[1]);
                return run; // the queue started a new epoch meanwhile: no number of the run's epoch is known
            }
        } catch (NumberFormatException e) {
            // below
        }
        warnings.accept("tracer: discarded the corrupt cache file " + file + "; the run serves the requests "
                + "registered before it started.");
        return run;
    }
}
