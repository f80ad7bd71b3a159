package dev.tracer.events;

import dev.tracer.model.TestCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Follows the listener's event files while the tests run ({@code tracer.streaming}) and hands each finished test to
 * a sink as soon as its line is complete ({@link CompleteLines}). The listener runs in another JVM and its files are the only
 * signal, so the tail reads them on a schedule, on an executor its caller owns.
 */
public final class EventTail implements AutoCloseable {
    static final long POLL_MILLIS = 100;

    private final Path eventsDir;
    private final Consumer<TestCase> sink;
    private final CompleteLines lines = new CompleteLines();
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
        for (String line : lines.readNew(file)) {
            for (TestCase test : ListenerEvents.testsIn(line)) {
                sink.accept(test);
            }
        }
    }
}
