package dev.tracer.scenario;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import dev.tracer.io.AtomicFiles;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The per-file models of the previous extraction, keyed by path and content hash, in a directory under
 * {@code target/tracer/} (gzipped JSON shards, read and written in parallel). A file whose content hash is unchanged is not parsed again. An unreadable cache, or one
 * written by another format version, is ignored.
 */
public final class ExtractionCache {

    /** Raise when {@link SourceModel} or the parser's extraction changes. */
    static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public record Entry(String hash, SourceModel.FileModel model) {
    }

    private record Stored(int format, Map<String, Entry> entries) {
    }

    private ExtractionCache() {
    }

    /** Shards read and written in parallel: the cache of a large suite is tens of megabytes of JSON. */
    static final int SHARDS = 4;

    /** The entries in the cache directory {@code dir}; empty when it is missing, unreadable or of another format. */
    public static Map<String, Entry> read(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return Map.of();
        }
        List<Map<String, Entry>> shards = java.util.stream.IntStream.range(0, SHARDS).parallel()
                .mapToObj(i -> readShard(dir.resolve(shard(i)))).toList();
        Map<String, Entry> all = new HashMap<>();
        for (Map<String, Entry> shard : shards) {
            if (shard == null) {
                return Map.of();
            }
            all.putAll(shard);
        }
        return all;
    }

    private static Map<String, Entry> readShard(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            Stored stored = MAPPER.readValue(in, new TypeReference<Stored>() { });
            return stored == null || stored.format() != FORMAT || stored.entries() == null ? null : stored.entries();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public static void write(Path dir, Map<String, Entry> entries) throws IOException {
        Files.createDirectories(dir);
        List<Map<String, Entry>> shards = new java.util.ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            shards.add(new HashMap<>());
        }
        entries.forEach((k, v) -> shards.get(Math.floorMod(k.hashCode(), SHARDS)).put(k, v));
        List<IOException> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.stream.IntStream.range(0, SHARDS).parallel().forEach(i -> {
            try {
                writeShard(dir.resolve(shard(i)), shards.get(i));
            } catch (IOException e) {
                failures.add(e);
            }
        });
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    private static void writeShard(Path file, Map<String, Entry> entries) throws IOException {
        AtomicFiles.write(file, raw -> {
            try (OutputStream out = new GZIPOutputStream(raw, 1 << 16) {
                {
                    def.setLevel(java.util.zip.Deflater.BEST_SPEED);
                }
            }) {
                MAPPER.writeValue(out, new Stored(FORMAT, entries));
            }
        });
    }

    private static String shard(int i) {
        return "shard-" + i + ".json.gz";
    }
}
