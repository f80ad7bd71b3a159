package dev.tracer.listener;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The flight recording of one traced test: a ring of the last {@code ring} events and a hard budget on the events
 * accepted, after which recording stops ({@code overflow}). Events come from hooks on the threads themselves
 * (synchronously) and from JFR (late, from its dispatch thread): the ring is ordered by {@code t_us} when written.
 * JDK only.
 */
final class TraceSession {

    static final int MAX_DETAIL = 500;

    final String testId;
    final int ring;
    final int budget;
    final long testThreadId;
    final long startNanos;
    final Instant startInstant;
    /** Threads that belong to the test: its own thread and those it started (directly or not). */
    final Set<Long> threadIds = ConcurrentHashMap.newKeySet();
    /** Threads alive when the test started; used only when JFR cannot name the test's threads. */
    final Set<Long> threadsBefore;
    final List<String> warnings = Collections.synchronizedList(new ArrayList<String>());

    /** The ring: the latest {@code ring} events by time (JFR's arrive late, so arrival order is not time order). */
    private final TreeSet<Event> events = new TreeSet<>(
            Comparator.comparingLong((Event e) -> e.tUs).thenComparingLong(e -> e.sequence));
    private long sequence;
    private long accepted;
    private long dropped;
    private boolean overflow;
    /** The end of the test (micros from its start): later JFR events belong to no test here. */
    private volatile long endMicros = Long.MAX_VALUE;
    private volatile boolean finished;

    TraceSession(String testId, int ring, int budget, Thread testThread, Set<Long> threadsBefore) {
        this.testId = testId;
        this.ring = ring;
        this.budget = budget;
        this.testThreadId = testThread.getId();
        this.threadsBefore = threadsBefore;
        this.startInstant = Instant.now();
        this.startNanos = System.nanoTime();
        threadIds.add(testThreadId);
    }

    /** An event that happens now, on the calling thread. */
    void addNow(String kind, String detail) {
        add((System.nanoTime() - startNanos) / 1_000L, Thread.currentThread().getName(), kind, detail);
    }

    /** An event that happened at {@code when} (a JFR timestamp); ignored when outside the test. */
    void addAt(Instant when, String thread, String kind, String detail) {
        long micros = Duration.between(startInstant, when).toNanos() / 1_000L;
        if (micros < 0 || micros > endMicros) {
            return;
        }
        add(micros, thread, kind, detail);
    }

    /** True when {@code when} (a JFR timestamp) falls within the test. */
    boolean during(Instant when) {
        long micros = Duration.between(startInstant, when).toNanos() / 1_000L;
        return micros >= 0 && micros <= endMicros;
    }

    synchronized void add(long tUs, String thread, String kind, String detail) {
        if (finished || overflow) {
            return;
        }
        if (accepted >= budget) {
            overflow = true;
            return;
        }
        accepted++;
        events.add(new Event(sequence++, tUs, thread, kind, cut(detail)));
        if (events.size() > ring) {
            events.pollFirst();
            dropped++;
        }
    }

    /** The test ended: events after now are not its own. */
    void end() {
        endMicros = (System.nanoTime() - startNanos) / 1_000L;
    }

    /** Nothing more is recorded. */
    void seal() {
        finished = true;
    }

    boolean isSealed() {
        return finished;
    }

    void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    /** {@code "events":[..]} into an open object. */
    synchronized Json writeEvents(Json json) {
        json.name("events").beginArray();
        for (Event e : events) {
            json.beginObject()
                    .field("t_us", e.tUs)
                    .field("thread", e.thread)
                    .field("kind", e.kind)
                    .field("detail", e.detail)
                    .endObject();
        }
        return json.endArray();
    }

    /** {@code "overflow":b,"dropped":n} into an open object. */
    synchronized Json writeCounters(Json json) {
        return json.field("overflow", overflow).field("dropped", dropped);
    }

    synchronized int size() {
        return events.size();
    }

    static String cut(String text) {
        if (text == null) {
            return null;
        }
        String t = text;
        if (t.length() > MAX_DETAIL) {
            int end = MAX_DETAIL;
            if (Character.isHighSurrogate(t.charAt(end - 1))) {
                end--;
            }
            t = t.substring(0, end) + "...";
        }
        return t;
    }

    private static final class Event {
        final long sequence;
        final long tUs;
        final String thread;
        final String kind;
        final String detail;

        Event(long sequence, long tUs, String thread, String kind, String detail) {
            this.sequence = sequence;
            this.tUs = tUs;
            this.thread = thread;
            this.kind = kind;
            this.detail = detail;
        }
    }
}
