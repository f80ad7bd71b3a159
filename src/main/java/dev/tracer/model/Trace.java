package dev.tracer.model;

import java.util.List;

/**
 * What a traced test's threads did before it failed (the flight recorder; see the README's "Flight recorder").
 *
 * <pre>{@code
 * "trace" : {
 *   "events" : [ { "t_us" : 5767, "thread" : "relay-worker", "kind" : "thread_start", "detail" : "started by main" },
 *                { "t_us" : 6099, "thread" : "relay-worker", "kind" : "exception",
 *                  "detail" : "java.lang.IllegalStateException: poison at relay.Relay.run line 25" } ],
 *   "threads" : [ { "name" : "deadlock-a", "state" : "BLOCKED", "frames" : [ .. ], "waiting_on" : "java.lang.Object",
 *                   "lock_owner" : "deadlock-b", "holds" : [ "java.lang.Object" ], "approx" : true } ],
 *   "deadlocks" : [ { "name" : "deadlock-a", .. }, { "name" : "deadlock-b", .. } ],
 *   "overflow" : false,
 *   "dropped" : 0
 * }
 * }</pre>
 *
 * @param events    the ring: the last events (at most the ring size), by {@code t_us}
 * @param threads   a snapshot, taken when the failure was reported, of the live threads the test started
 * @param deadlocks the test's threads the JVM reports as deadlocked, and the threads closing the cycle
 * @param overflow  the event budget was reached and recording stopped
 * @param dropped   events pushed out of the ring
 * @param partial   true when the test never finished (its JVM died): the last provisional trace; absent otherwise
 */
public record Trace(List<TraceEvent> events, List<TraceThread> threads, List<TraceThread> deadlocks, boolean overflow,
        long dropped, Boolean partial) {

    public Trace {
        events = events == null ? List.of() : List.copyOf(events);
        threads = threads == null ? List.of() : List.copyOf(threads);
        deadlocks = deadlocks == null ? List.of() : List.copyOf(deadlocks);
        partial = Boolean.TRUE.equals(partial) ? Boolean.TRUE : null;
    }

    /**
     * One recorded event.
     *
     * @param tUs    microseconds since the test started (hooks and JFR use two clocks: a few µs of skew)
     * @param thread the name of the thread it happened on
     * @param kind   {@code thread_start}, {@code thread_end}, {@code exception}, {@code log}, {@code stdout},
     *               {@code stderr}, {@code monitor_enter}, {@code monitor_wait}, {@code park}
     * @param detail what happened, at most 500 characters
     */
    public record TraceEvent(long tUs, String thread, String kind, String detail) {
    }

    /**
     * A thread as {@code ThreadMXBean} saw it.
     *
     * @param state     {@code Thread.State} name
     * @param frames    the top frames (at most 8)
     * @param waitingOn the class of the lock it waits for; absent when none
     * @param lockOwner the thread holding that lock; absent when none
     * @param holds     classes of the monitors and synchronizers it holds
     * @param approx    true in {@code threads}: the thread may have moved between the failure and the snapshot
     */
    public record TraceThread(String name, String state, List<StackFrame> frames, String waitingOn, String lockOwner,
            List<String> holds, Boolean approx) {
        public TraceThread {
            frames = frames == null ? List.of() : List.copyOf(frames);
            holds = holds == null ? List.of() : List.copyOf(holds);
        }
    }
}
