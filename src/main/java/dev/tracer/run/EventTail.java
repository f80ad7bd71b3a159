package dev.tracer.run;

import dev.tracer.events.ListenerEvents;
import dev.tracer.model.TestCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Follows the listener's event files while the tests run ({@code tracer.streaming}) and hands each finished test to
 * a sink as soon as its line is complete. The listener writes each line with one write call, so a complete line ends
 * with a newline; a partial one waits for the next poll. The listener runs in another JVM and its files are the only
 * signal, so the tail reads them on a schedule, on an executor its caller owns.
 */
public final class EventTail implements AutoCloseable {
    static final long POLL_MILLIS = 100;

    private final Path eventsDir;
    private final Consumer<TestCase> sink;
    private final Map<Path, Long> offsets = new HashMap<>();
    private ScheduledFuture<?> polling;

    public EventTail(Path eventsDir, Consumer<TestCase> sink) {
        this.eventsDir = eventsDir;
        this.sink = sink;
    }

    /** Reads the files every {@value #POLL_MILLIS} ms on {@code executor} until {@link #close}. */
    public EventTail start(ScheduledExecutorService executor) {
        polling = executor.scheduleWithFixedDelay(this::poll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * Stops following after one last read, so that every line written before the call reaches the sink (a read
     * under way finishes first: reads hold the tail's monitor).
     */
    @Override
    public void close() {
        if (polling != null) {
            polling.cancel(false);
        }
        poll();
    }

    synchronized void poll() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(eventsDir, "events-*.jsonl")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            return;
        }
        files.sort(null);
        for (Path file : files) {
            try {
                readNew(file);
            } catch (IOException | UncheckedIOException e) {
                // the file is being written or was removed: the next poll tries again
            }
        }
    }

    private void readNew(Path file) throws IOException {
        long offset = offsets.getOrDefault(file, 0L);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size <= offset) {
                return;
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size - offset, 8 << 20));
            channel.read(buffer, offset);
            buffer.flip();
            int end = buffer.limit();
            while (end > 0 && buffer.get(end - 1) != '\n') {
                end--;
            }
            if (end == 0) {
                return;
            }
            String text = new String(buffer.array(), 0, end, StandardCharsets.UTF_8);
            offsets.put(file, offset + end);
            for (String line : text.split("\n")) {
                for (TestCase test : ListenerEvents.testsIn(line)) {
                    sink.accept(test);
                }
            }
        }
    }
}
