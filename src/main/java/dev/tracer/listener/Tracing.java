package dev.tracer.listener;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The failure-only flight recorder: JVM-wide state of the traced tests that are running. JDK only; the JFR part
 * ({@code JfrTraceSource}) is loaded by name when the first traced test starts.
 *
 * <p>Zero cost without opt-in: for an untraced test the listener asks {@link TraceSelector} (a scan of the tags)
 * and nothing else happens: no session, no hook, no JFR, no thread. The output tee reads one volatile counter.
 *
 * <p>While at least one traced test runs: a {@code java.util.logging} handler on the root logger, a default
 * uncaught-exception handler that chains to the previous one (the worker's death, exact and synchronous), and the
 * output tee record events of the test's threads; JFR streams thread start/end, lock, park and exception events.
 * A thread belongs to a test when the test's thread started it, directly or not: hooks see that through the
 * output capture's inheritable thread-local, JFR through {@code jdk.ThreadStart}'s parent thread. Tests running in
 * parallel therefore keep separate recordings.
 *
 * <p>A traced test running longer than {@value #CHECKPOINT_MS} ms gets a provisional {@code test_trace} event every
 * {@value #CHECKPOINT_MS} ms, and one at JVM shutdown: a test whose JVM is killed (a fork timeout) still has a trace.
 */
final class Tracing {

    static final String SOURCE_CLASS = "dev.tracer.listener.JfrTraceSource";
    static final long DELIVERY_TIMEOUT_MS = 3_000;
    static final long CHECKPOINT_MS = 2_000;
    static final int TOP_FRAMES = 8;

    /** Writes one event line. */
    interface Sink {
        void line(String json);
    }

    /** Traced tests running; read by the output tee on every write. */
    static volatile int running;

    private static volatile TraceSelector selector = new TraceSelector(null, 0);
    private static volatile Sink sink;
    private static final ConcurrentMap<String, TraceSession> BY_TEST = new ConcurrentHashMap<>();
    private static final ConcurrentMap<Long, TraceSession> BY_THREAD = new ConcurrentHashMap<>();
    private static final Set<Long> INTERNAL = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<Boolean> MUTED = new ThreadLocal<>();
    private static final Object LOCK = new Object();

    private static volatile TraceSource source;
    private static volatile String sourceProblem;
    private static volatile String sourceFailure;
    private static boolean backgroundStarted;
    private static LogHandler logHandler;
    private static Uncaught uncaught;

    private Tracing() {
    }

    /** The latest listener's configuration applies (there is one listener jar per JVM). */
    static synchronized void configure(TraceSelector traceSelector, Sink eventSink) {
        selector = traceSelector;
        sink = eventSink;
    }

    /** Starts recording a test on the calling thread (its own), or returns null when the test is not traced. */
    static TraceSession begin(TestRef test, OutputCapture.Buffer buffer) {
        TraceSelector s = selector;
        int ring = s.ringSize(test.className, test.method, test.tags);
        if (ring <= 0) {
            return null;
        }
        synchronized (LOCK) {
            if (!backgroundStarted) {
                // JFR takes a while to start (seconds on a busy machine): before the test's clock starts
                backgroundStarted = true;
                startBackground();
            }
        }
        TraceSession session = new TraceSession(test.id, ring, s.budget(), Thread.currentThread(), liveThreads());
        BY_TEST.put(test.id, session);
        BY_THREAD.put(session.testThreadId, session);
        if (buffer != null) {
            buffer.trace = session;
        }
        synchronized (LOCK) {
            if (running == 0) {
                installHooks();
            }
            running++;
            if (sourceProblem != null) {
                session.warn(sourceProblem);
            }
        }
        return session;
    }

    /** The running session of a test, removed: the caller finishes it. */
    static TraceSession remove(String testId) {
        return running == 0 ? null : BY_TEST.remove(testId);
    }

    /**
     * Ends a session. For a failed test, waits until JFR delivered what happened up to now, then returns the
     * trace object as JSON; for any other, discards the recording and returns null.
     */
    static String finish(TraceSession session, boolean failed) {
        session.end();
        try {
            if (!failed) {
                return null;
            }
            TraceSource src = source;
            if (src != null) {
                try {
                    if (!src.awaitDelivery(DELIVERY_TIMEOUT_MS)) {
                        session.warn("JDK Flight Recorder did not deliver its events within " + DELIVERY_TIMEOUT_MS
                                + " ms of the failure; thread, lock, park and exception events may be missing");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String failure = sourceFailure;
            if (failure != null) {
                session.warn(failure);
            }
            session.seal();
            return trace(session, false);
        } finally {
            session.seal();
            BY_THREAD.values().removeIf(s -> s == session);
            synchronized (LOCK) {
                running--;
                if (running == 0) {
                    uninstallHooks();
                }
            }
        }
    }

    /** The trace object: events, threads, deadlocks, overflow, dropped (and partial for a provisional one). */
    static String trace(TraceSession session, boolean partial) {
        Json json = new Json().beginObject();
        session.writeEvents(json);
        Set<Long> ids = threadsOf(session);
        TraceSnapshot.writeThreads(json.name("threads"), ids);
        Set<Long> withTestThread = new HashSet<>(ids);
        withTestThread.add(session.testThreadId);
        TraceSnapshot.writeDeadlocks(json.name("deadlocks"), withTestThread);
        session.writeCounters(json);
        if (partial) {
            json.field("partial", true);
        }
        return json.endObject().toString();
    }

    /** Which session a thread's JFR events belong to. */
    static TraceSession sessionOfThread(long threadId) {
        return BY_THREAD.get(threadId);
    }

    /** A thread started by {@code parentId}: it joins the parent's session, if any. */
    static TraceSession adopt(long parentId, long childId, String childName, java.time.Instant at) {
        TraceSession session = BY_THREAD.get(parentId);
        if (session == null || session.isSealed() || INTERNAL.contains(childId) || isInfrastructure(childName)
                || !session.during(at)) {
            // JFR reports late: the parent's thread may run another test by now
            return null;
        }
        session.threadIds.add(childId);
        BY_THREAD.put(childId, session);
        return session;
    }

    /** A thread of the recorder itself: never part of a test. */
    static void internalThread(long threadId) {
        INTERNAL.add(threadId);
        BY_THREAD.remove(threadId);
    }

    static void sourceFailed(Throwable error) {
        sourceFailure = "JDK Flight Recorder streaming failed (" + error
                + "); thread, lock, park and exception events may be missing";
    }

    /** From the output tee, while traced tests run. */
    static void output(boolean err, String text) {
        try {
            if (Boolean.TRUE.equals(MUTED.get())) {
                return;
            }
            TraceSession session = current();
            if (session == null) {
                return;
            }
            String line = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (!line.trim().isEmpty()) {
                session.addNow(err ? "stderr" : "stdout", line);
            }
        } catch (Throwable e) {
            ListenerErrors.report(e);
        }
    }

    /** The session of the calling thread: inherited from the test's thread, or named by JFR's thread start. */
    private static TraceSession current() {
        TraceSession session = OutputCapture.currentTrace();
        Thread thread = Thread.currentThread();
        if (session != null && !session.isSealed()) {
            if (session.threadIds.add(thread.getId())) {
                BY_THREAD.putIfAbsent(thread.getId(), session);
            }
            return session;
        }
        session = BY_THREAD.get(thread.getId());
        return session == null || session.isSealed() ? null : session;
    }

    /** Thread ids of the test's threads that are still alive, the test's own thread excluded. */
    private static Set<Long> threadsOf(TraceSession session) {
        Set<Long> ids = new HashSet<>(session.threadIds);
        if (sourceProblemOrNull() != null) {
            // Without JFR, threads that appeared during the test stand in, less the other tests' threads.
            Set<Long> others = new HashSet<>();
            for (Map.Entry<Long, TraceSession> e : BY_THREAD.entrySet()) {
                if (e.getValue() != session) {
                    others.add(e.getKey());
                }
            }
            for (Long id : liveThreads()) {
                if (!session.threadsBefore.contains(id) && !others.contains(id)) {
                    ids.add(id);
                }
            }
        }
        ids.remove(session.testThreadId);
        ids.removeAll(INTERNAL);
        return ids;
    }

    /** JUnit Jupiter's scheduler for {@code @Timeout}, started by the first test that has one: not the test's. */
    static boolean isInfrastructure(String threadName) {
        return threadName != null && threadName.startsWith("junit-jupiter-timeout-watcher");
    }

    private static String sourceProblemOrNull() {
        return sourceProblem;
    }

    private static Set<Long> liveThreads() {
        Set<Long> ids = new HashSet<>();
        for (long id : ManagementFactory.getThreadMXBean().getAllThreadIds()) {
            ids.add(id);
        }
        return ids;
    }

    private static void installHooks() {
        try {
            if (logHandler == null) {
                logHandler = new LogHandler();
            }
            Logger.getLogger("").addHandler(logHandler);
        } catch (Throwable e) {
            sourceProblemOnce("java.util.logging could not be hooked (" + e + "); log events are missing");
        }
        try {
            Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
            uncaught = new Uncaught(previous);
            Thread.setDefaultUncaughtExceptionHandler(uncaught);
        } catch (Throwable e) {
            sourceProblemOnce("the default uncaught-exception handler could not be set (" + e
                    + "); a worker's death shows only through JFR");
        }
    }

    private static void uninstallHooks() {
        try {
            if (logHandler != null) {
                Logger.getLogger("").removeHandler(logHandler);
            }
            if (uncaught != null && Thread.getDefaultUncaughtExceptionHandler() == uncaught) {
                Thread.setDefaultUncaughtExceptionHandler(uncaught.previous);
            }
            uncaught = null;
        } catch (Throwable e) {
            ListenerErrors.report(e);
        }
    }

    private static void sourceProblemOnce(String problem) {
        for (TraceSession s : BY_TEST.values()) {
            s.warn(problem);
        }
    }

    /**
     * Starts JFR, the checkpoint thread and the shutdown hook from a thread of our own, so that no thread the
     * recorder starts is a child of the test's thread, or inherits its output buffer.
     */
    private static void startBackground() {
        Thread starter = new Thread(Tracing::startSourceAndCheckpoints, "tracer-trace-start");
        INTERNAL.add(starter.getId());
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (source == null && sourceProblem == null) {
            sourceProblem = "JDK Flight Recorder did not start in time; thread, lock, park and exception events"
                    + " are missing";
        }
    }

    private static void startSourceAndCheckpoints() {
        OutputCapture.forgetCurrent();
        TraceSource started = null;
        String problem = null;
        try {
            Class<?> type = Class.forName(SOURCE_CLASS, true, Tracing.class.getClassLoader());
            java.lang.reflect.Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            started = (TraceSource) constructor.newInstance();
        } catch (java.lang.reflect.InvocationTargetException e) {
            problem = "JDK Flight Recorder could not start (" + e.getCause() + ")";
        } catch (Throwable e) {
            problem = "JDK Flight Recorder is not available in this JVM (" + e + "; it needs JDK 14 or newer with the"
                    + " jdk.jfr module)";
        }
        // No LOCK here: begin() holds it while it waits for this thread.
        sourceProblem = problem == null ? null : problem + "; thread, lock, park and exception events are missing";
        source = started;
        Thread checkpoints = new Thread(Tracing::checkpointLoop, "tracer-trace-checkpoints");
        INTERNAL.add(checkpoints.getId());
        checkpoints.setDaemon(true);
        checkpoints.start();
        try {
            Thread hook = new Thread(Tracing::writeProvisionalTraces, "tracer-trace-shutdown");
            INTERNAL.add(hook.getId());
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException | SecurityException e) {
            // shutting down already
        }
    }

    private static void checkpointLoop() {
        while (true) {
            try {
                Thread.sleep(CHECKPOINT_MS);
                long now = System.nanoTime();
                for (TraceSession session : BY_TEST.values()) {
                    if (!session.isSealed() && now - session.startNanos >= CHECKPOINT_MS * 1_000_000L) {
                        writeProvisional(session);
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (Throwable e) {
                ListenerErrors.report(e);
            }
        }
    }

    private static void writeProvisionalTraces() {
        for (TraceSession session : new ArrayList<>(BY_TEST.values())) {
            if (!session.isSealed()) {
                writeProvisional(session);
            }
        }
    }

    private static void writeProvisional(TraceSession session) {
        Sink s = sink;
        if (s == null) {
            return;
        }
        String trace = trace(session, true);
        if (session.isSealed()) {
            return; // finished meanwhile: its test_finished carries the real one
        }
        s.line(new Json().beginObject().field("type", "test_trace").field("id", session.testId)
                .name("trace").raw(trace).endObject().toString());
    }

    /** Records log records of the traced tests' threads. */
    static final class LogHandler extends Handler {
        private final SimpleFormatter formatter = new SimpleFormatter();

        LogHandler() {
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            try {
                if (record == null) {
                    return;
                }
                TraceSession session = current();
                if (session == null) {
                    return;
                }
                Throwable thrown = record.getThrown();
                session.addNow("log", record.getLevel() + " " + record.getLoggerName() + ": "
                        + formatter.formatMessage(record) + (thrown == null ? "" : " [" + thrown + "]"));
            } catch (Throwable e) {
                ListenerErrors.report(e);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Records the exception that kills a thread of a traced test, then does what the JVM would have done. */
    static final class Uncaught implements Thread.UncaughtExceptionHandler {
        final Thread.UncaughtExceptionHandler previous;

        Uncaught(Thread.UncaughtExceptionHandler previous) {
            this.previous = previous;
        }

        @Override
        public void uncaughtException(Thread thread, Throwable error) {
            try {
                TraceSession session = current();
                if (session != null) {
                    StackTraceElement[] stack = error.getStackTrace();
                    session.addNow("exception", "uncaught, the thread dies: " + error
                            + (stack.length == 0 ? "" : " at " + stack[0]));
                }
            } catch (Throwable e) {
                ListenerErrors.report(e);
            }
            if (previous != null) {
                previous.uncaughtException(thread, error);
                return;
            }
            // What ThreadGroup.uncaughtException prints when no handler is set; not recorded twice as stderr.
            MUTED.set(Boolean.TRUE);
            try {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                error.printStackTrace(System.err);
            } finally {
                MUTED.remove();
            }
        }
    }
}
