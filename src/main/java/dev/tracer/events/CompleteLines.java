package dev.tracer.events;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the lines a listener completed in its event files since the last call, file by file, while the test JVM
 * still writes them. The listener writes each line with one write call, so a complete line ends with a newline; a
 * partial one waits for the next call. Not thread-safe: its callers read under their own monitor.
 */
final class CompleteLines {

    /** At most this much of a file is read in one call; the rest comes with the next. */
    private static final int MAX_READ = 8 << 20;

    private final Map<Path, Long> offsets = new HashMap<>();

    /** The lines of {@code file} completed since the last call, without their line ends ({@code \n}, {@code \r\n}). */
    List<String> readNew(Path file) throws IOException {
        long offset = offsets.getOrDefault(file, 0L);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size <= offset) {
                return List.of();
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size - offset, MAX_READ));
            channel.read(buffer, offset);
            buffer.flip();
            int end = buffer.limit();
            while (end > 0 && buffer.get(end - 1) != '\n') {
                end--;
            }
            List<String> lines = new ArrayList<>();
            byte[] bytes = buffer.array();
            int start = 0;
            for (int i = 0; i < end; i++) {
                if (bytes[i] == '\n') {
                    int stop = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                    lines.add(new String(bytes, start, stop - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            offsets.put(file, offset + end);
            return lines;
        }
    }

    /** Where the lines read so far end in {@code file}, in bytes. */
    long offset(Path file) {
        return offsets.getOrDefault(file, 0L);
    }
}
