package dev.tracer.listener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Turns what a listener saw into event lines: keeps per-test state (start time, output buffer, whether it
 * started) in concurrent maps keyed by id, so tests may run in parallel. One per listener instance. JDK only.
 */
final class Recorder {

    static final String PASSED = "passed";
    static final String FAILED = "failed";
    static final String ABORTED = "aborted";
    static final String SKIPPED = "skipped";

    private final EventLog log;
    private final ConcurrentMap<String, Long> startNanos = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, OutputCapture.Buffer> buffers = new ConcurrentHashMap<>();
    private final Set<String> started = ConcurrentHashMap.newKeySet();
    /** Why the flight recorder could not start for a test, by id. */
    private final ConcurrentMap<String, String> traceProblems = new ConcurrentHashMap<>();

    private Recorder(EventLog log) {
        this.log = log;
    }

    /**
     * A recorder writing to {@code eventsDir}, or to the directory the listener jar's properties name when it is
     * {@code null}; {@code null} (do nothing at all) when the listener is disabled or not configured.
     */
    private boolean outputOfEveryTest;

    static Recorder create(Path eventsDir) throws IOException {
        if (ListenerConfig.disabled()) {
            return null;
        }
        Path dir = eventsDir != null ? eventsDir : ListenerConfig.configuredEventsDir();
        if (dir == null) {
            return null;
        }
        OutputCapture.install();
        Recorder recorder = new Recorder(EventLog.forDirectory(dir));
        Tracing.configure(eventsDir != null ? ListenerConfig.traceSelectorFromSystemProperties()
                : ListenerConfig.configuredTraceSelector(), recorder::emitLine);
        // A rerun selects a few tests; a flaky one's passing output is part of its story.
        recorder.outputOfEveryTest = eventsDir == null && ListenerConfig.configuredSelection() != null;
        return recorder;
    }

    void runStarted(String provider) {
        started.clear();
        emit(new Json().beginObject()
                .field("type", "run_started")
                .field("provider", provider)
                .field("pid", EventLog.pid())
                .endObject());
    }

    void runFinished() {
        emit(new Json().beginObject().field("type", "run_finished").endObject());
    }

    void testStarted(TestRef test) {
        started.add(test.id);
        OutputCapture.Buffer buffer = OutputCapture.begin();
        buffers.put(test.id, buffer);
        emit(test.writeIdentity(new Json().beginObject().field("type", "test_started")).endObject());
        try {
            Tracing.begin(test, buffer);
        } catch (Throwable e) {
            traceProblems.put(test.id, "the flight recorder could not start: " + e);
        }
        startNanos.put(test.id, System.nanoTime());
    }

    /** A container that may be reported as a test later (a parameterized method): timed, no event. */
    void containerStarted(String id) {
        started.add(id);
        startNanos.put(id, System.nanoTime());
    }

    void containerFinished(String id) {
        startNanos.remove(id);
    }

    boolean isRunning(String id) {
        return startNanos.containsKey(id);
    }

    /** How many tests have started and not finished. */
    int runningTests() {
        return buffers.size();
    }

    /**
     * @param reason  for {@code aborted}: the assumption's message
     * @param failure for {@code failed}
     */
    void testFinished(TestRef test, String status, String reason, Throwable failure) {
        Long start = startNanos.remove(test.id);
        long durationMs = start == null ? 0 : (System.nanoTime() - start) / 1_000_000L;
        OutputCapture.Buffer buffer = buffers.remove(test.id);
        String output = buffer == null ? null : OutputCapture.end(buffer);
        Json json = test.writeFull(new Json().beginObject().field("type", "test_finished"))
                .field("status", status)
                .field("duration_ms", durationMs)
                .field("reason", reason);
        if (failure != null) {
            ThrowableJson.write(json.name("failure"), failure);
        }
        if ((FAILED.equals(status) || outputOfEveryTest) && output != null && !output.isEmpty()) {
            json.field("output", output);
        }
        writeTrace(json, test.id, FAILED.equals(status));
        emit(json.endObject());
    }

    /**
     * A traced test's {@code trace} (failed tests only) and {@code trace_warnings} (what went wrong inside the
     * recorder; the test's result stands). Nothing for an untraced test.
     */
    private void writeTrace(Json json, String id, boolean failed) {
        if (Tracing.running == 0 && traceProblems.isEmpty()) {
            return; // no traced test runs: nothing to look up
        }
        try {
            writeTraceOf(json, id, failed);
        } catch (Throwable e) {
            // the test's own event must still be written
            ListenerErrors.report(e);
        }
    }

    private void writeTraceOf(Json json, String id, boolean failed) {
        List<String> warnings = new ArrayList<>();
        String problem = traceProblems.isEmpty() ? null : traceProblems.remove(id);
        if (problem != null) {
            warnings.add(problem);
        }
        TraceSession session = Tracing.remove(id);
        if (session != null) {
            String trace = null;
            try {
                trace = Tracing.finish(session, failed);
            } catch (Throwable e) {
                session.warn("the flight recorder failed: " + e);
            }
            if (trace != null) {
                json.name("trace").raw(trace);
            }
            synchronized (session.warnings) {
                warnings.addAll(session.warnings);
            }
        }
        if (!warnings.isEmpty()) {
            json.strings("trace_warnings", warnings);
        }
    }

    /** One line from the flight recorder (a provisional {@code test_trace}). */
    private void emitLine(String line) {
        try {
            log.append(line);
        } catch (IOException | RuntimeException e) {
            ListenerErrors.report(e);
        }
    }

    void testSkipped(TestRef test, String reason) {
        emit(test.writeFull(new Json().beginObject().field("type", "test_skipped"))
                .field("reason", reason)
                .endObject());
    }

    /** @param tests the tests below the container; only those that never started are listed */
    void containerFailed(String id, String className, String status, String reason, Throwable failure,
            List<TestRef> tests) {
        Json json = new Json().beginObject()
                .field("type", "container_failed")
                .field("id", id)
                .field("class", className)
                .field("status", status)
                .field("reason", reason);
        if (failure != null) {
            ThrowableJson.write(json.name("failure"), failure);
        }
        json.name("tests").beginArray();
        for (TestRef test : tests) {
            if (!started.contains(test.id)) {
                test.writeFull(json.beginObject()).endObject();
            }
        }
        emit(json.endArray().endObject());
    }

    /**
     * A test that never ran because its setup failed, though its framework reported it as started (TestNG calls
     * {@code onTestStart} for the tests a failed configuration method skips): a {@code container_failed} of
     * {@code containerId} that lists this test alone, started or not. Its per-test state (timer, output, flight
     * recording) is dropped.
     */
    void testNeverRan(String containerId, String className, Throwable failure, TestRef test) {
        startNanos.remove(test.id);
        OutputCapture.Buffer buffer = buffers.remove(test.id);
        if (buffer != null) {
            OutputCapture.end(buffer);
        }
        writeTrace(new Json().beginObject(), test.id, false);
        Json json = new Json().beginObject()
                .field("type", "container_failed")
                .field("id", containerId)
                .field("class", className)
                .field("status", FAILED);
        if (failure != null) {
            ThrowableJson.write(json.name("failure"), failure);
        }
        json.name("tests").beginArray();
        test.writeFull(json.beginObject()).endObject();
        emit(json.endArray().endObject());
    }

    private void emit(Json json) {
        try {
            log.append(json.toString());
        } catch (IOException | RuntimeException e) {
            ListenerErrors.report(e);
        }
    }
}
