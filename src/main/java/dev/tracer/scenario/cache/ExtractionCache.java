package dev.tracer.scenario.cache;

import dev.tracer.io.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
import java.util.zip.CheckedOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

/**
 * What the previous extraction of a module found, per source file, in a directory under {@code target/tracer/}, so
 * that a second extraction with no source change does little more than read the files and hash them.
 *
 * <p>Each file's entry holds its content hash and two encoded values the caller gives it: the file's parsed model (a
 * file whose hash is unchanged is not parsed again) and, for a test file, its built result (its scenarios and
 * warnings). A result depends on more than the file (on the main sources, the adapters in effect, the module name),
 * all of which the caller hashes into the cache's <em>build key</em>; the cache only stores the key beside the
 * entries. It knows nothing of what the values are: the extraction encodes and decodes them.
 *
 * <p>The format is binary, in {@link #SHARDS} shard files read and written in parallel, each deflated (fast level: the
 * 5,000 test classes of the benchmark take some 5 MB instead of 66) and checked by a CRC-32 of its content. Values
 * stay encoded until they are needed: an unchanged file's entry is written back as it was read. An unreadable or
 * corrupt cache, or one written under another format number, is ignored (everything is parsed and built again).
 */
public final class ExtractionCache {

    private static final int MAGIC = 0x54524352; // "TRCR"

    /** Shards read and written in parallel: the cache of a large suite is tens of megabytes. */
    public static final int SHARDS = 4;

    private ExtractionCache() {
    }

    /** Encoded bytes: a slice of a shard file as read, or of a fresh encoding. */
    public record Blob(byte[] bytes, int offset, int length) {
        public static Blob of(byte[] bytes) {
            return new Blob(bytes, 0, bytes.length);
        }
    }

    /**
     * @param hash   the file's content hash
     * @param model  its encoded model
     * @param result a test file's encoded result, valid under the build key it was stored with; null for a main file
     */
    public record Entry(String hash, Blob model, Blob result) {
    }

    /** @param buildKey what the entries' results were built under (see the class comment); null when empty */
    public record Contents(String buildKey, Map<String, Entry> entries) {
        static final Contents EMPTY = new Contents(null, Map.of());
    }

    /**
     * The cache in {@code dir}; empty when it is missing, unreadable, corrupt or of another format.
     *
     * @param format the number of the caller's encoding (of the stored values and of the cache's layout): a cache
     *               written under another number is ignored
     */
    public static Contents read(Path dir, int format) {
        if (dir == null || !Files.isDirectory(dir)) {
            return Contents.EMPTY;
        }
        List<Contents> shards = IntStream.range(0, SHARDS).parallel()
                .mapToObj(i -> readShard(dir.resolve(shard(i)), format)).toList();
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

    /** {@code MAGIC, format, body length} (ints), the deflated body, the body's CRC-32 (a long). */
    private static final int HEADER = 12;

    private static Contents readShard(Path file, int format) {
        try {
            byte[] raw = Files.readAllBytes(file);
            if (raw.length < HEADER + 8) {
                return null;
            }
            ByteBuffer header = ByteBuffer.wrap(raw);
            int length = header.getInt(8);
            if (header.getInt(0) != MAGIC || header.getInt(4) != format || length < 0) {
                return null;
            }
            byte[] bytes = new byte[length];
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(raw, HEADER, raw.length - HEADER - 8);
                int n = 0;
                while (n < length && !inflater.finished() && !inflater.needsInput()) {
                    n += inflater.inflate(bytes, n, length - n);
                }
                if (n != length || inflater.inflate(new byte[1]) != 0 || !inflater.finished()
                        || inflater.getRemaining() != 0) {
                    return null;
                }
            } catch (DataFormatException e) {
                return null;
            } finally {
                inflater.end();
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length);
            if (header.getLong(raw.length - 8) != crc.getValue()) {
                return null;
            }
            ByteBuffer in = ByteBuffer.wrap(bytes);
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

    /**
     * Writes {@code entries} (by path relative to the execution root) with the key their results were built under
     * and the number of their encoding.
     */
    public static void write(Path dir, int format, String buildKey, Map<String, Entry> entries) throws IOException {
        Files.createDirectories(dir);
        List<Map<String, Entry>> shards = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            shards.add(new HashMap<>());
        }
        entries.forEach((k, v) -> shards.get(Math.floorMod(k.hashCode(), SHARDS)).put(k, v));
        List<IOException> failures = Collections.synchronizedList(new ArrayList<>());
        IntStream.range(0, SHARDS).parallel().forEach(i -> {
            try {
                writeShard(dir.resolve(shard(i)), format, buildKey, shards.get(i));
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

    private static void writeShard(Path file, int format, String buildKey, Map<String, Entry> entries)
            throws IOException {
        List<String> paths = new ArrayList<>(entries.keySet());
        Collections.sort(paths);
        byte[] key = (buildKey == null ? "" : buildKey).getBytes(StandardCharsets.UTF_8);
        List<byte[]> names = new ArrayList<>(paths.size() * 2);
        long length = 4L + key.length + 4;
        for (String path : paths) {
            Entry entry = entries.get(path);
            byte[] name = path.getBytes(StandardCharsets.UTF_8);
            byte[] hash = entry.hash().getBytes(StandardCharsets.UTF_8);
            names.add(name);
            names.add(hash);
            length += 4L + name.length + 4 + hash.length + 4 + (entry.model() == null ? 0 : entry.model().length())
                    + 4 + (entry.result() == null ? 0 : entry.result().length());
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw new IOException("the scenario cache shard would exceed 2 GB");
        }
        int bodyLength = (int) length;
        AtomicFiles.write(file, raw -> {
            DataOutputStream header = new DataOutputStream(raw);
            header.write(ByteBuffer.allocate(HEADER).putInt(MAGIC).putInt(format).putInt(bodyLength).array());
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try {
                DeflaterOutputStream deflated = new DeflaterOutputStream(raw, deflater, 1 << 16);
                CRC32 crc = new CRC32();
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                        new CheckedOutputStream(deflated, crc), 1 << 16));
                bytes(out, key);
                out.writeInt(paths.size());
                for (int i = 0; i < paths.size(); i++) {
                    Entry entry = entries.get(paths.get(i));
                    bytes(out, names.get(2 * i));
                    bytes(out, names.get(2 * i + 1));
                    blob(out, entry.model());
                    blob(out, entry.result());
                }
                out.flush();
                if (out.size() != bodyLength) {
                    throw new IllegalStateException("wrote " + out.size() + " bytes, " + bodyLength + " expected");
                }
                deflated.finish();
                header.writeLong(crc.getValue());
            } finally {
                deflater.end();
            }
        });
    }

    private static void bytes(DataOutputStream out, byte[] b) throws IOException {
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
