package dev.tracer.coordination;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The cache's {@code runs/} directory: per run, {@code ID.json} (the {@link RunRecord}, replaced atomically),
 * {@code ID.events.jsonl} (its test events, appended) and, while it runs, {@code ID.boundary} ({@link RunBoundary}).
 */
final class RunStore {
    private static final List<String> SUFFIXES = List.of(".json", ".events.jsonl", RunBoundary.SUFFIX);

    private final Path dir;
    private final Consumer<String> warnings;

    RunStore(Path dir, Consumer<String> warnings) {
        this.dir = dir;
        this.warnings = warnings;
    }

    /** Every readable run, oldest first; a corrupt run file is reported and (when {@code discard}) removed. */
    List<RunRecord> all(boolean discard) {
        List<RunRecord> runs = new ArrayList<>();
        for (Path file : Coordinator.list(dir, "*.json")) {
            try {
                RunRecord run = CacheJson.MAPPER.readValue(file.toFile(), RunRecord.class);
                if (run.id() == null || !file.getFileName().toString().equals(run.id() + ".json")) {
                    throw new IOException("its id does not match its name");
                }
                runs.add(run);
            } catch (NoSuchFileException e) {
                // pruned meanwhile
            } catch (IOException | RuntimeException e) {
                warnings.accept("tracer: discarded the corrupt cache file " + file + " (" + Coordinator.firstLine(e)
                        + ")" + (discard ? "" : "; it is removed by the next run") + ".");
                if (discard) {
                    String name = file.getFileName().toString();
                    delete(name.substring(0, name.length() - ".json".length()));
                }
            }
        }
        runs.sort(Comparator.comparing(RunRecord::id));
        return runs;
    }

    /** The run {@code id}, or null when it is not in the cache or unreadable. */
    RunRecord read(String id) {
        try {
            return CacheJson.MAPPER.readValue(dir.resolve(id + ".json").toFile(), RunRecord.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The cached events of a run; a corrupt file gives none, with a warning. */
    List<CachedEvent> events(String runId) {
        Path file = dir.resolve(runId + ".events.jsonl");
        List<CachedEvent> events = new ArrayList<>();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return events;
        }
        // A runner killed mid-write leaves half a line: only complete lines count.
        int end = text.lastIndexOf('\n');
        for (String line : end < 0 ? new String[0] : text.substring(0, end).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                ObjectNode node = (ObjectNode) CacheJson.MAPPER.readTree(line);
                events.add(new CachedEvent(runId, Instant.parse(node.get("at").asText()),
                        (ObjectNode) node.get("event")));
            } catch (IOException | RuntimeException e) {
                warnings.accept("tracer: discarded the corrupt cache file " + file + " ("
                        + Coordinator.firstLine(e) + ").");
                return new ArrayList<>();
            }
        }
        return events;
    }

    void write(RunRecord run) throws IOException {
        Coordinator.writeAtomically(dir.resolve(run.id() + ".json"), CacheJson.MAPPER.writeValueAsString(run));
    }

    void delete(String id) {
        try {
            for (String suffix : SUFFIXES) {
                Files.deleteIfExists(dir.resolve(id + suffix));
            }
        } catch (IOException e) {
            warnings.accept("tracer: cannot remove run " + id + " from the cache: " + e.getMessage());
        }
    }

    /** The bytes a run takes. */
    long size(String id) {
        long total = 0;
        for (String suffix : SUFFIXES) {
            try {
                total += Files.size(dir.resolve(id + suffix));
            } catch (IOException ignored) {
                // gone
            }
        }
        return total;
    }
}
