package dev.tracer.pipeline;

import dev.tracer.events.ListenerEvents;
import dev.tracer.model.TestCase;
import dev.tracer.events.EventTail;
import dev.tracer.run.ReadAhead;
import dev.tracer.surefire.XmlReportReader;
import dev.tracer.scenario.ScenarioExtractor;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The work done while the first pass runs, on the core the test JVM leaves idle, owned by one executor that
 * {@link #close} shuts down: following the listener's files for {@code tracer.streaming}, and, once the listener
 * has written its first file (before that, the runner's set-up and the test JVM's start use both cores), the
 * scenario extraction and then loading what the end of the run needs, which a cold JVM takes most of a second over.
 * The warm-up is best effort: its errors go to the debug log, and nothing waits for it.
 */
final class WhileTestsRun implements AutoCloseable {

    /** How often the listener's directory is checked for its first file: the test JVM writes, we can only look. */
    private static final long TESTS_STARTED_CHECK_MILLIS = 20;

    /** How often the new events and reports are read: often enough that little is left when the tests end. */
    private static final long READ_AHEAD_POLL_MILLIS = 50;

    private final ScheduledExecutorService executor;
    private final Path eventsDir;
    private final Callable<ScenarioExtractor.Extraction> extraction;
    private final Runnable warmUp;
    private final Console console;
    private final CompletableFuture<ScenarioExtractor.Extraction> extracted = new CompletableFuture<>();
    private final ReadAhead ahead;
    private final AtomicBoolean started = new AtomicBoolean();
    /** The check for the listener's first file; null until scheduled, which the check itself may beat. */
    private volatile ScheduledFuture<?> watch;

    /**
     * @param reportsDirectory where Surefire's reports are expected
     * @param extraction the module's scenario extraction; its result is null when extraction is off
     * @param warmUp     loads classes the end of the run needs; best effort
     */
    WhileTestsRun(Path eventsDir, Path reportsDirectory, Callable<ScenarioExtractor.Extraction> extraction,
            Runnable warmUp, Console console) {
        this.executor = Executors.newScheduledThreadPool(2, daemonThreads());
        this.eventsDir = eventsDir;
        this.extraction = extraction;
        this.warmUp = warmUp;
        this.console = console;
        // Surefire's default reportsDirectory; a module that sets another has its reports read after the run.
        this.ahead = ReadAhead.of(eventsDir, reportsDirectory, FileTime.from(Instant.now().minusSeconds(1)));
        this.watch = executor.scheduleWithFixedDelay(() -> {
            if (!started.get() && ListenerEvents.anyWritten(eventsDir)) {
                startWork();
            }
        }, 0, TESTS_STARTED_CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Hands every test the listener finishes to {@code sink} while the first pass runs, until the tail is closed. */
    EventTail follow(Consumer<TestCase> sink) {
        return new EventTail(eventsDir, sink).start(executor);
    }

    /** What is read of the first pass while it runs, once the listener has started. */
    ReadAhead ahead() {
        return ahead;
    }

    /** The first pass is over: the work starts now if the listener never wrote (the test JVM did not start). */
    void firstPassOver() {
        startWork();
    }

    /** Waits for the extraction; null when it is off. */
    ScenarioExtractor.Extraction extraction() throws ExecutionException, InterruptedException {
        return extracted.get();
    }

    private void startWork() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        ScheduledFuture<?> check = watch;
        if (check != null) {
            check.cancel(false);
        }
        executor.scheduleWithFixedDelay(ahead::poll, 0, READ_AHEAD_POLL_MILLIS, TimeUnit.MILLISECONDS);
        executor.execute(() -> {
            bestEffort(ListenerEvents::warmUp);
            bestEffort(XmlReportReader::warmUp);
            try {
                extracted.complete(extraction.call());
            } catch (Exception | Error e) {
                extracted.completeExceptionally(e);
            }
            bestEffort(warmUp);
        });
    }

    private void bestEffort(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            console.debug(e);
        }
    }

    /** No new work; the warm-up under way ends on its own (daemon threads: the build does not wait for it). */
    @Override
    public void close() {
        executor.shutdown();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "tracer-while-tests-run-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
