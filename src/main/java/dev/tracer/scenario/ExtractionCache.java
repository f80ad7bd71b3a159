package dev.tracer.scenario;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The per-file models of the previous extraction, keyed by path and content hash, in one gzipped JSON file under
 * {@code target/tracer/}. A file whose content hash is unchanged is not parsed again. An unreadable cache, or one
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

    public static Map<String, Entry> read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Map.of();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            Stored stored = MAPPER.readValue(in, new TypeReference<Stored>() { });
            return stored == null || stored.format() != FORMAT || stored.entries() == null ? Map.of()
                    : stored.entries();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    public static void write(Path file, Map<String, Entry> entries) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16) {
                {
                    def.setLevel(java.util.zip.Deflater.BEST_SPEED);
                }
            }) {
                MAPPER.writeValue(out, new Stored(FORMAT, new HashMap<>(entries)));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
