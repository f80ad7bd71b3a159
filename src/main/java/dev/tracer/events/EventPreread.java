package dev.tracer.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the listener's event lines while the tests still run, on a thread the caller owns, so that reading the
 * events after the run ({@link ListenerEvents#read(Path, String, EventPreread)}) only parses the lines written
 * last: on a 2,000-test suite the parse is most of a tenth of a second of the build's serial tail. Only the parse is
 * done early; the events are interpreted after the run, in file order, exactly as without it. Only complete lines
 * are parsed ({@link CompleteLines}).
 */
public final class EventPreread {

    /** A blank line: counted, as the reader counts lines, and skipped. */
    static final JsonNode BLANK = MissingNode.getInstance();

    /**
     * The complete lines of one file parsed so far.
     *
     * @param lines  each line's event, {@link #BLANK}, or null for a malformed line
     * @param offset the bytes those lines take from the file's start
     */
    record Parsed(List<JsonNode> lines, long offset) {
    }

    private final Path eventsDir;
    private final Map<Path, List<JsonNode>> lines = new HashMap<>();
    private final CompleteLines reader = new CompleteLines();
    private boolean closed;

    public EventPreread(Path eventsDir) {
        this.eventsDir = eventsDir;
    }

    /** Parses the lines completed since the last poll; a file it cannot read now is tried again next time. */
    public synchronized void poll() {
        if (closed) {
            return;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(eventsDir, "events-*.jsonl")) {
            for (Path file : stream) {
                readNew(file.toAbsolutePath());
            }
        } catch (IOException | RuntimeException e) {
            // the directory is not there yet, or a file went away: the reader after the run reads what is left
        }
    }

    /** Stops polling (a poll under way finishes first) and hands over what was parsed, by absolute path. */
    synchronized Map<Path, Parsed> close() {
        closed = true;
        Map<Path, Parsed> parsed = new HashMap<>();
        // Malformed lines are nulls, which List.copyOf refuses.
        lines.forEach((file, events) -> parsed.put(file,
                new Parsed(Collections.unmodifiableList(new ArrayList<>(events)), reader.offset(file))));
        return parsed;
    }

    private void readNew(Path file) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        for (String line : reader.readNew(file)) {
            events.add(line.isBlank() ? BLANK : ListenerEvents.parseLine(line));
        }
        lines.computeIfAbsent(file, f -> new ArrayList<>()).addAll(events);
    }
}
