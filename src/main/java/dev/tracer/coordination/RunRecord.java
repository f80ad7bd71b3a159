package dev.tracer.coordination;

import dev.tracer.model.TestDocument;
import java.util.List;

/**
 * One test run in the cache ({@code runs/ID.json}); its test events are in {@code runs/ID.events.jsonl}.
 *
 * @param id          the run's id: its start time and the runner's process id, so ids sort by start time
 * @param status      {@code running}, {@code completed} (a document exists), {@code error} (the build failed before
 *                    it wrote a document), or {@code interrupted} (the runner died)
 * @param pid         the runner's process id
 * @param startedAt   when the run started (ISO-8601)
 * @param finishedAt  when it finished, absent while running
 * @param epoch       the queue epoch of {@code lastRequest}
 * @param lastRequest the last request registered before the run's build read the project's files (before its runner
 *                    started the build, until the build reports its boundary): requests up to it may replay the run
 * @param selection   the normalized {@code -Dtest} patterns the run ran, empty for every test
 * @param key         the child build's arguments but {@code -Dtest}
 * @param exitCode    the child build's exit code
 * @param error       what the child build said when it failed for another reason than failing tests
 * @param document    the run's document with every test ({@code tracer.all}), when completed
 */
public record RunRecord(String id, String status, long pid, String startedAt, String finishedAt, String epoch,
        long lastRequest, List<String> selection, List<String> key, Integer exitCode, String error,
        TestDocument document) {

    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String ERROR = "error";
    public static final String INTERRUPTED = "interrupted";

    public RunRecord {
        selection = selection == null ? List.of() : List.copyOf(selection);
        key = key == null ? List.of() : List.copyOf(key);
    }

    RunRecord finished(String status, String finishedAt, Integer exitCode, String error, TestDocument document) {
        return new RunRecord(id, status, pid, startedAt, finishedAt, epoch, lastRequest, selection, key, exitCode,
                error, document);
    }

    RunRecord admitting(long last) {
        return new RunRecord(id, status, pid, startedAt, finishedAt, epoch, last, selection, key, exitCode, error,
                document);
    }

    Selection selectionValue() {
        return new Selection(selection);
    }
}
