package dev.tracer.listener;

import java.time.Duration;

import jdk.jfr.Category;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingStream;

/**
 * Streams JFR events (JDK 14+) to the traced tests' sessions, by thread: {@code jdk.ThreadStart} (whose parent
 * thread tells which test a new thread belongs to) and {@code jdk.ThreadEnd}, {@code jdk.JavaMonitorEnter},
 * {@code jdk.JavaMonitorWait}, {@code jdk.ThreadPark} (all at least {@value #THRESHOLD_MS} ms) and
 * {@code jdk.JavaExceptionThrow} (every exception constructed, so also those a worker catches and swallows; it is
 * off by default because it costs, and only traced JVMs pay for it). Loaded by name from {@link Tracing}: this is the
 * only listener class that touches {@code jdk.jfr}.
 *
 * <p>Delivery is asynchronous (JFR flushes about once a second): {@link #awaitDelivery} commits a marker event and
 * waits until the stream dispatched it; events committed earlier by any thread were flushed with or before it.
 */
final class JfrTraceSource implements TraceSource {

    static final long THRESHOLD_MS = 1;
    private static final String MARKER = "dev.tracer.TraceMarker";

    private final RecordingStream stream;
    private final Object markers = new Object();
    private long markerSent;
    private long markerSeen;
    private volatile long dispatchThread = -1;
    private long lastExceptionThread = -1;
    private long lastExceptionMillis;
    private String lastException;

    JfrTraceSource() {
        RecordingStream s = new RecordingStream();
        try {
            Duration threshold = Duration.ofMillis(THRESHOLD_MS);
            s.enable("jdk.ThreadStart");
            s.enable("jdk.ThreadEnd");
            s.enable("jdk.JavaMonitorEnter").withThreshold(threshold);
            s.enable("jdk.JavaMonitorWait").withThreshold(threshold);
            s.enable("jdk.ThreadPark").withThreshold(threshold);
            s.enable("jdk.JavaExceptionThrow").withStackTrace().with("throttle", "off");
            // JDK 22+ timestamps jdk.JavaExceptionThrow with jdk.JavaErrorThrow's clock, which reads 0 (and the
            // event is lost) unless that event is enabled too; it is not dispatched.
            s.enable("jdk.JavaErrorThrow");
            s.enable(Marker.class);
            s.setMaxAge(Duration.ofSeconds(30));
            s.onEvent(this::dispatch);
            s.onError(e -> Tracing.sourceFailed(e));
            s.startAsync();
        } catch (RuntimeException | Error e) {
            s.close();
            throw e;
        }
        this.stream = s;
    }

    @Override
    public boolean awaitDelivery(long timeoutMillis) throws InterruptedException {
        long token;
        synchronized (markers) {
            token = ++markerSent;
        }
        Marker marker = new Marker();
        marker.token = token;
        marker.commit();
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        synchronized (markers) {
            while (markerSeen < token) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return false;
                }
                markers.wait(left);
            }
        }
        return true;
    }

    @Override
    public void close() {
        stream.close();
    }

    private void dispatch(RecordedEvent e) {
        if (dispatchThread < 0) {
            dispatchThread = Thread.currentThread().getId();
            Tracing.internalThread(dispatchThread);
        }
        try {
            String type = e.getEventType().getName();
            switch (type) {
                case MARKER:
                    synchronized (markers) {
                        markerSeen = Math.max(markerSeen, e.getLong("token"));
                        markers.notifyAll();
                    }
                    return;
                case "jdk.ThreadStart": {
                    RecordedThread child = e.hasField("thread") ? e.getThread("thread") : e.getThread();
                    RecordedThread parent = e.hasField("parentThread") ? e.getThread("parentThread") : null;
                    if (child == null || parent == null) {
                        return;
                    }
                    TraceSession session = Tracing.adopt(parent.getJavaThreadId(), child.getJavaThreadId(),
                            child.getJavaName(), e.getStartTime());
                    if (session != null) {
                        session.addAt(e.getStartTime(), child.getJavaName(), "thread_start",
                                "started by " + parent.getJavaName());
                    }
                    return;
                }
                case "jdk.ThreadEnd": {
                    RecordedThread thread = e.hasField("thread") ? e.getThread("thread") : e.getThread();
                    TraceSession session = thread == null ? null : Tracing.sessionOfThread(thread.getJavaThreadId());
                    if (session != null) {
                        session.addAt(e.getStartTime(), thread.getJavaName(), "thread_end", "ended");
                    }
                    return;
                }
                default:
                    break;
            }
            RecordedThread thread = e.getThread();
            TraceSession session = thread == null ? null : Tracing.sessionOfThread(thread.getJavaThreadId());
            if (session == null) {
                return;
            }
            switch (type) {
                case "jdk.JavaMonitorEnter":
                    session.addAt(e.getEndTime(), thread.getJavaName(), "monitor_enter", "blocked "
                            + millis(e.getDuration()) + " entering " + className(e, "monitorClass")
                            + owner(e, "previousOwner", " held by "));
                    break;
                case "jdk.JavaMonitorWait":
                    session.addAt(e.getEndTime(), thread.getJavaName(), "monitor_wait", "waited "
                            + millis(e.getDuration()) + " on " + className(e, "monitorClass")
                            + (e.hasField("timedOut") && e.getBoolean("timedOut") ? ", timed out" : "")
                            + owner(e, "notifier", ", notified by "));
                    break;
                case "jdk.ThreadPark": {
                    long timeout = e.hasField("timeout") ? e.getLong("timeout") : Long.MIN_VALUE;
                    session.addAt(e.getEndTime(), thread.getJavaName(), "park", "parked "
                            + millis(e.getDuration()) + " on " + className(e, "parkedClass")
                            + (timeout > 0 ? " (timeout " + millis(Duration.ofNanos(timeout)) + ")" : ""));
                    break;
                }
                case "jdk.JavaExceptionThrow": {
                    RecordedClass thrown = e.hasField("thrownClass") ? e.getClass("thrownClass") : null;
                    String message = e.hasField("message") ? e.getString("message") : null;
                    String name = thrown == null ? "?" : thrown.getName();
                    if (isNoise(name)) {
                        break;
                    }
                    String detail = name + (message == null ? "" : ": " + message) + site(e.getStackTrace());
                    long at = e.getStartTime().toEpochMilli();
                    long id = thread.getJavaThreadId();
                    // Error subclasses are reported by both Throwable's and Error's constructors
                    if (id == lastExceptionThread && at - lastExceptionMillis <= 1 && detail.equals(lastException)) {
                        break;
                    }
                    lastExceptionThread = id;
                    lastExceptionMillis = at;
                    lastException = detail;
                    session.addAt(e.getStartTime(), thread.getJavaName(), "exception", detail);
                    break;
                }
                default:
                    break;
            }
        } catch (Throwable t) {
            Tracing.sourceFailed(t);
        }
    }

    private static String millis(Duration d) {
        return d.toMillis() + " ms";
    }

    private static String className(RecordedEvent e, String field) {
        RecordedClass c = e.hasField(field) ? e.getClass(field) : null;
        return c == null ? "(none)" : c.getName();
    }

    private static String owner(RecordedEvent e, String field, String prefix) {
        RecordedThread t = e.hasField(field) ? e.getThread(field) : null;
        return t == null || t.getJavaName() == null ? "" : prefix + t.getJavaName();
    }

    /**
     * {@code " at a.B.m line 12"}: the first frame of the code under test that is not a constructor of the exception
     * being built (test and assertion frameworks skipped); when the exception comes from inside the JDK,
     * {@code " at java.X.m line 3 from a.B.m line 12"}.
     */
    private static String site(RecordedStackTrace stack) {
        if (stack == null) {
            return "";
        }
        String jdk = null;
        String fallback = null;
        boolean constructors = true;
        for (RecordedFrame frame : stack.getFrames()) {
            if (!frame.isJavaFrame() || frame.getMethod() == null) {
                continue;
            }
            String type = frame.getMethod().getType().getName();
            String method = frame.getMethod().getName();
            if (constructors && "<init>".equals(method) && isThrowableName(type)
                    || type.startsWith("jdk.internal.event.") || type.startsWith("jdk.jfr.internal.")) {
                continue;
            }
            constructors = false;
            int line = frame.getLineNumber();
            String where = type + "." + method + (line > 0 ? " line " + line : "");
            if (isFramework(type)) {
                fallback = fallback == null ? where : fallback;
            } else if (isJdk(type)) {
                if (jdk == null && fallback == null) {
                    jdk = where;
                }
                fallback = fallback == null ? where : fallback;
            } else {
                return jdk == null ? " at " + where : " at " + jdk + " from " + where;
            }
        }
        return fallback == null ? "" : " at " + fallback;
    }

    /**
     * Exceptions the JDK and the test framework throw and catch for themselves: method-handle linkage and
     * reflective probing, the reflective wrapper of the test's own exception, opentest4j's internal markers.
     */
    private static boolean isNoise(String thrown) {
        switch (thrown) {
            case "java.lang.NoSuchMethodError":
            case "java.lang.NoSuchMethodException":
            case "java.lang.NoSuchFieldError":
            case "java.lang.NoSuchFieldException":
            case "java.lang.ClassNotFoundException":
            case "java.lang.reflect.InvocationTargetException":
                return true;
            default:
                return thrown.startsWith("org.opentest4j.") && thrown.indexOf('$') > 0;
        }
    }

    private static boolean isFramework(String type) {
        return type.startsWith("org.junit.") || type.startsWith("org.opentest4j.") || type.startsWith("org.assertj.")
                || type.startsWith("org.hamcrest.") || type.startsWith("junit.framework.");
    }

    private static boolean isJdk(String type) {
        return type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("jdk.")
                || type.startsWith("sun.") || type.startsWith("com.sun.");
    }

    private static boolean isThrowableName(String type) {
        return type.endsWith("Exception") || type.endsWith("Error") || type.endsWith("Throwable")
                || type.endsWith("Failure") || type.contains("Exception$") || type.contains("Error$");
    }

    /** Committed by {@link #awaitDelivery}; its delivery means what was committed before it was delivered. */
    @Name(MARKER)
    @Label("Tracer trace marker")
    @Category("Tracer")
    @Enabled(false)
    @StackTrace(false)
    static final class Marker extends Event {
        @Label("Token")
        long token;
    }
}
