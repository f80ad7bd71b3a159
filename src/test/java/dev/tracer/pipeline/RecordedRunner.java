package dev.tracer.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A test runner that replays passes recorded from real Surefire runs (see {@code recorded/README.md}): each pass
 * copies the listener's files into the pass's events directory and Surefire's XML reports into its reports
 * directory, as a real pass leaves them, and answers what Surefire threw, if anything.
 */
final class RecordedRunner implements TestRunner {

    /**
     * One recorded pass.
     *
     * @param events  the listener's files, or null for a test JVM that never started
     * @param reports Surefire's XML reports, or null for none
     * @param problem what Surefire threw, or null
     * @param lines   what the listener's files keep of their lines (a test JVM killed mid-run cuts them short)
     */
    record Recording(Path events, Path reports, String problem, boolean problemIsFailure, int surefireReruns,
            UnaryOperator<List<String>> lines) {

        /** A pass of the recording of {@code it} (see {@link Fixture#recorded}): its events and reports folders. */
        static Recording of(String it, String events, String reports) {
            Path recorded = Fixture.recorded(it);
            return new Recording(recorded.resolve(events), recorded.resolve(reports), null, false, 0, l -> l);
        }

        Recording withProblem(String message, boolean isFailure) {
            return new Recording(events, reports, message, isFailure, surefireReruns, lines);
        }

        Recording withSurefireReruns(int count) {
            return new Recording(events, reports, problem, problemIsFailure, count, lines);
        }

        Recording keepingLines(UnaryOperator<List<String>> kept) {
            return new Recording(events, reports, problem, problemIsFailure, surefireReruns, kept);
        }
    }

    private final Path defaultReports;
    private final Deque<Recording> recordings;
    /** The passes asked for, in order. */
    final List<Pass> passes = new ArrayList<>();
    /** Runs during each pass, after the recording is in place (to write an exec file, say). */
    private final List<Runnable> duringPass = new ArrayList<>();

    /** @param defaultReports the module's own reports directory ({@code target/surefire-reports}) */
    RecordedRunner(Path defaultReports, Recording... recordings) {
        this.defaultReports = defaultReports;
        this.recordings = new ArrayDeque<>(List.of(recordings));
    }

    RecordedRunner during(Runnable work) {
        duringPass.add(work);
        return this;
    }

    @Override
    public Outcome run(Pass pass) {
        passes.add(pass);
        if (recordings.isEmpty()) {
            throw new AssertionError("no recording left for pass " + pass);
        }
        Recording recording = recordings.removeFirst();
        Instant startedAt = Instant.now();
        Path reports = pass.reportsDirectory() != null ? pass.reportsDirectory() : defaultReports;
        try {
            if (recording.events() != null && Files.isDirectory(recording.events())) {
                for (Path file : list(recording.events())) {
                    Files.write(pass.eventsDirectory().resolve(file.getFileName()),
                            recording.lines().apply(Files.readAllLines(file)));
                }
            }
            if (recording.reports() != null && Files.isDirectory(recording.reports())) {
                Files.createDirectories(reports);
                for (Path file : list(recording.reports())) {
                    Files.copy(file, reports.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        duringPass.forEach(Runnable::run);
        return new Outcome(reports, recording.problem(), recording.problemIsFailure(), startedAt, 10,
                recording.surefireReruns());
    }

    @Override
    public String configuredArgLine() {
        return null;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
