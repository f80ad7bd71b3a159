package dev.tracer.coordination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Read-only queries over the event cache of {@code tracer:agent-test} (by default {@code .tracer/} in the project's
 * root directory): which test files ran since when, and their events. Files are named as in the document: relative
 * to the directory Maven ran in, with {@code /} ({@code "src/test/java/shop/CartTest.java"}).
 *
 * <pre>
 * TestCache cache = TestCache.open(Path.of(".tracer"));
 * if (!cache.fileTestedAfter("src/test/java/shop/CartTest.java", lastEdit)) { ... run it ... }
 * for (CachedEvent e : cache.eventsForFile("src/test/java/shop/CartTest.java", since)) {
 *     System.out.println(e.type() + " " + e.test().name());
 * }
 * </pre>
 * A corrupt cache file is skipped with a warning (pruning by the next runner removes it). Reading takes no lock:
 * run files are replaced atomically, and event files only grow.
 */
public final class TestCache {
    private final Coordinator cache;

    private TestCache(Path dir, Consumer<String> warnings) {
        this.cache = new Coordinator(dir, warnings);
    }

    /** The cache in {@code dir}, warnings on stderr. */
    public static TestCache open(Path dir) {
        return new TestCache(dir, System.err::println);
    }

    public static TestCache open(Path dir, Consumer<String> warnings) {
        return new TestCache(dir, warnings);
    }

    /** True when a test of {@code file} finished after {@code since}. */
    public boolean fileTestedAfter(String file, Instant since) {
        return !eventsForFile(file, since).isEmpty();
    }

    /** True when tests of every one of {@code files} finished after {@code since} (true for no files). */
    public boolean filesTestedAfter(Collection<String> files, Instant since) {
        List<CachedEvent> events = eventsAfter(since);
        return files.stream().allMatch(f -> events.stream().anyMatch(e -> sameFile(f, e.file())));
    }

    /** The events of tests of {@code file} that finished after {@code since}, oldest first. */
    public List<CachedEvent> eventsForFile(String file, Instant since) {
        return eventsAfter(since).stream().filter(e -> sameFile(file, e.file())).toList();
    }

    /** Every cached test event after {@code since} (null: all), oldest first. */
    public List<CachedEvent> eventsAfter(Instant since) {
        List<CachedEvent> events = new ArrayList<>();
        for (RunRecord run : runs()) {
            for (CachedEvent event : cache.events(run.id())) {
                if (since == null || event.at().isAfter(since)) {
                    events.add(event);
                }
            }
        }
        events.sort(Comparator.comparing(CachedEvent::at).thenComparing(CachedEvent::run));
        return events;
    }

    /** The cached runs, oldest first. */
    public List<RunRecord> runs() {
        return cache.runs(false);
    }

    /** The requests registered now (waiting, or running), in queue order. */
    public List<Request> requests() {
        List<Request> requests = new ArrayList<>();
        for (Path file : Coordinator.list(cache.dir().resolve(Coordinator.QUEUE), "*.json")) {
            try {
                requests.add(CacheJson.MAPPER.readValue(file.toFile(), Request.class));
            } catch (IOException e) {
                // gone, or being replaced
            }
        }
        requests.sort(Comparator.comparingLong(Request::seq));
        return requests;
    }

    /** What the runner's lock file says about its holder ("pid=N run=ID"), or null when no one holds it. */
    public String lockHolder() {
        Path lock = cache.dir().resolve(Coordinator.LOCK);
        if (!Files.exists(lock)) {
            return null;
        }
        try (FileLocks.Held free = FileLocks.tryAcquire(lock, false)) {
            if (free != null) {
                return null;
            }
            String text = Files.readString(lock, StandardCharsets.UTF_8).trim();
            return text.isEmpty() ? "unknown" : text;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * The cache as one JSON document ({@code tracer:cache}): {@code directory}, {@code lock} (the holder, when held),
     * {@code requests}, and {@code runs}, each with its summary (when completed) and its test events
     * ({@code {"at", ...the stream's event}}).
     */
    public String toJson() {
        ObjectNode root = CacheJson.MAPPER.createObjectNode();
        root.put("version", 1);
        root.put("directory", cache.dir().toString());
        String holder = lockHolder();
        if (holder != null) {
            root.put("lock", holder);
        }
        root.set("requests", CacheJson.MAPPER.valueToTree(requests()));
        ArrayNode runs = root.putArray("runs");
        for (RunRecord run : runs()) {
            ObjectNode node = CacheJson.MAPPER.valueToTree(run.finished(run.status(), run.finishedAt(), run.exitCode(),
                    run.error(), null));
            node.remove("key");
            if (run.document() != null) {
                node.set("summary", CacheJson.MAPPER.valueToTree(run.document().summary()));
            }
            ArrayNode events = node.putArray("events");
            for (CachedEvent event : cache.events(run.id())) {
                ObjectNode line = CacheJson.MAPPER.createObjectNode();
                line.put("at", event.at().toString());
                line.setAll(event.event());
                events.add(line);
            }
            runs.add(node);
        }
        try {
            return CacheJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sameFile(String wanted, String file) {
        return file != null && wanted != null && wanted.replace('\\', '/').equals(file);
    }
}
