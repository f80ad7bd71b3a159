package dev.tracer.pipeline;

import java.util.function.LongSupplier;

/**
 * The clock the document's {@code timing} is measured with: nanoseconds as {@link System#nanoTime} counts them, and
 * when the goal started on it. The pipeline's tests hand in a fake clock to fix the timing.
 *
 * @param nanoTime  the clock
 * @param startedAt when the goal started, on {@code nanoTime}
 */
public record Stopwatch(LongSupplier nanoTime, long startedAt) {

    /** The system's clock, for a goal that started at {@code startedAt} ({@link System#nanoTime}). */
    public static Stopwatch system(long startedAt) {
        return new Stopwatch(System::nanoTime, startedAt);
    }

    /** The system's clock, the goal starting now. */
    public static Stopwatch startingNow() {
        return system(System.nanoTime());
    }

    long now() {
        return nanoTime.getAsLong();
    }

    /** Whole milliseconds from {@code from} to {@code to}, never negative. */
    static long millis(long from, long to) {
        return Math.max(0, (to - from) / 1_000_000);
    }
}
