package dev.tracer.scenario;

import dev.tracer.io.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.CRC32;

/**
 * What the previous extraction of a module found, per source file, in a directory under {@code target/tracer/}, so
 * that a second extraction with no source change does little more than read the files and hash them.
 *
 * <p>Each file's entry holds its content hash, its {@link SourceModel} (a file whose hash is unchanged is not parsed
 * again) and, for a test file, its built result: the scenarios and warnings {@link ScenarioBuilder} made of it. A
 * result depends on more than the file: on the node index (the main sources), the adapters in effect (their classes
 * and code), the module name and this format, all hashed into the cache's <em>build key</em>. When the key differs
 * (a main file changed, an adapter was added, reordered or upgraded), the results are rebuilt from the cached models
 * without parsing the test files again.
 *
 * <p>The format is binary ({@link RecordCodec}: varints, a string table per encoded value), in {@link #SHARDS} shard
 * files read and written in parallel, each ending in a CRC-32 of its content. Models and results stay encoded until
 * they are needed: an unchanged file's entry is written back as it was read. An unreadable or corrupt cache, or one
 * written by another format version, is ignored (everything is parsed and built again).
 */
public final class ExtractionCache {

    /** Raise when {@link SourceModel}, the parser's extraction, the built scenarios or this layout change. */
    static final int FORMAT = 2;

    private static final int MAGIC = 0x54524352; // "TRCR"

    /** Shards read and written in parallel: the cache of a large suite is tens of megabytes. */
    static final int SHARDS = 4;

    private static final RecordCodec<SourceModel.FileModel> MODELS = RecordCodec.of(SourceModel.FileModel.class);
    private static final RecordCodec<ScenarioBuilder.Built> RESULTS = RecordCodec.of(ScenarioBuilder.Built.class);

    private ExtractionCache() {
    }

    /** Encoded bytes: a slice of a shard file as read, or of a fresh encoding. */
    public record Blob(byte[] bytes, int offset, int length) {
        static Blob of(byte[] bytes) {
            return new Blob(bytes, 0, bytes.length);
        }
    }

    /**
     * @param hash   the file's content hash
     * @param model  its encoded {@link SourceModel.FileModel}
     * @param result a test file's encoded {@link ScenarioBuilder.Built} (scenarios and all its warnings), valid under
     *               the build key it was stored with; null for a main file
     */
    public record Entry(String hash, Blob model, Blob result) {
    }

    /** @param buildKey what the entries' results were built under (see the class comment); null when empty */
    public record Contents(String buildKey, Map<String, Entry> entries) {
        static final Contents EMPTY = new Contents(null, Map.of());
    }

    static Blob encodeModel(SourceModel.FileModel model) {
        return Blob.of(MODELS.encode(model));
    }

    /** @throws IllegalArgumentException when the bytes are not a model */
    static SourceModel.FileModel decodeModel(Blob blob) {
        return MODELS.decode(blob.bytes(), blob.offset(), blob.length());
    }

    static Blob encodeResult(ScenarioBuilder.Built result) {
        return Blob.of(RESULTS.encode(result));
    }

    /** @throws IllegalArgumentException when the bytes are not a result */
    static ScenarioBuilder.Built decodeResult(Blob blob) {
        return RESULTS.decode(blob.bytes(), blob.offset(), blob.length());
    }

    /** The cache in {@code dir}; empty when it is missing, unreadable, corrupt or of another format. */
    public static Contents read(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return Contents.EMPTY;
        }
        List<Contents> shards = IntStream.range(0, SHARDS).parallel()
                .mapToObj(i -> readShard(dir.resolve(shard(i)))).toList();
        Map<String, Entry> all = new HashMap<>();
        String key = null;
        for (Contents shard : shards) {
            if (shard == null || key != null && !key.equals(shard.buildKey())) {
                return Contents.EMPTY;
            }
            key = shard.buildKey();
            all.putAll(shard.entries());
        }
        return new Contents(key, all);
    }

    private static Contents readShard(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < 16) {
                return null;
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.getLong(bytes.length - 8) != crc.getValue()) {
                return null;
            }
            in.limit(bytes.length - 8);
            if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
                return null;
            }
            String key = string(in);
            int count = in.getInt();
            Map<String, Entry> entries = new HashMap<>(Math.max(16, count * 4 / 3 + 1));
            for (int i = 0; i < count; i++) {
                String path = string(in);
                String hash = string(in);
                Blob model = blob(in, bytes);
                Blob result = blob(in, bytes);
                entries.put(path, new Entry(hash, model, result));
            }
            return in.hasRemaining() ? null : new Contents(key, entries);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    /** -1: none. */
    private static Blob blob(ByteBuffer in, byte[] bytes) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        Blob blob = new Blob(bytes, in.position(), length);
        in.position(in.position() + length);
        return blob;
    }

    /** Writes {@code entries} (by path relative to the execution root) with the key their results were built under. */
    public static void write(Path dir, String buildKey, Map<String, Entry> entries) throws IOException {
        Files.createDirectories(dir);
        List<Map<String, Entry>> shards = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            shards.add(new HashMap<>());
        }
        entries.forEach((k, v) -> shards.get(Math.floorMod(k.hashCode(), SHARDS)).put(k, v));
        List<IOException> failures = Collections.synchronizedList(new ArrayList<>());
        IntStream.range(0, SHARDS).parallel().forEach(i -> {
            try {
                writeShard(dir.resolve(shard(i)), buildKey, shards.get(i));
            } catch (IOException e) {
                failures.add(e);
            }
        });
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        // the JSON shards of format 1
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "shard-*.json.gz")) {
            for (Path p : old) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void writeShard(Path file, String buildKey, Map<String, Entry> entries) throws IOException {
        List<String> paths = new ArrayList<>(entries.keySet());
        Collections.sort(paths);
        AtomicFiles.write(file, raw -> {
            CRC32 crc = new CRC32();
            OutputStream checked = new OutputStream() {
                public void write(int b) throws IOException {
                    crc.update(b);
                    raw.write(b);
                }

                public void write(byte[] b, int off, int len) throws IOException {
                    crc.update(b, off, len);
                    raw.write(b, off, len);
                }
            };
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(checked, 1 << 16));
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            string(out, buildKey == null ? "" : buildKey);
            out.writeInt(paths.size());
            for (String path : paths) {
                Entry entry = entries.get(path);
                string(out, path);
                string(out, entry.hash());
                blob(out, entry.model());
                blob(out, entry.result());
            }
            out.flush();
            new DataOutputStream(raw).writeLong(crc.getValue());
        });
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void blob(DataOutputStream out, Blob blob) throws IOException {
        if (blob == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(blob.length());
            out.write(blob.bytes(), blob.offset(), blob.length());
        }
    }

    private static String shard(int i) {
        return "shard-" + i + ".bin";
    }
}
