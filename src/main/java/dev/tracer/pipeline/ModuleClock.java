package dev.tracer.pipeline;

import dev.tracer.model.Timing;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The instants of one module's run on the pipeline's {@link Stopwatch}, and the phases of {@link Timing} they make.
 * The test passes are contiguous: the first from its runner's start to its results read, the rerun (set-up included)
 * from there to its results read. The extraction runs on a thread of its own, beside them; the join of its scenarios
 * with the results follows the passes, and waits for the extraction when it is not over.
 */
final class ModuleClock {

    private static final long MS = 1_000_000;

    /** A stretch of time on the clock, in nanoseconds. */
    record Span(long start, long end) {

        long millis() {
            return Stopwatch.millis(start, end);
        }
    }

    private final Stopwatch clock;
    private Span first;
    private Span rerun;
    /** Written by the extraction's thread; read after the pipeline waited for the extraction. */
    private final AtomicReference<Span> extraction = new AtomicReference<>();
    private Span join;

    ModuleClock(Stopwatch clock) {
        this.clock = clock;
    }

    Stopwatch clock() {
        return clock;
    }

    void firstPass(Span span) {
        first = span;
    }

    /** The rerun's pass; it is timed from the end of the first pass, which its set-up follows. */
    void rerun(Span span) {
        rerun = new Span(first == null ? span.start() : first.end(), span.end());
    }

    void extraction(Span span) {
        extraction.set(span);
    }

    /** Joining the scenarios with the results, waiting for the extraction included. */
    void join(Span span) {
        join = span;
    }

    /** The module's phases, its work having ended now; coverage is the build's, measured when it reports. */
    Timing timing() {
        return timing(clock.startedAt(), first, rerun, extraction.get(), join, clock.now());
    }

    /**
     * @param first      the first pass, or null when none ran
     * @param rerun      the rerun from the end of the first pass, or null when none ran
     * @param extraction the scenario extraction, or null when it is off
     * @param join       the join of the scenarios with the results, or null when extraction is off
     */
    static Timing timing(long startedAt, Span first, Span rerun, Span extraction, Span join, long end) {
        if (first == null) {
            return new Timing(Stopwatch.millis(startedAt, end), 0, 0, 0, 0, 0, 0);
        }
        Span passes = new Span(first.start(), rerun == null ? first.end() : rerun.end());
        Span after = new Span(passes.end(), Math.max(passes.end(), end));
        // The join waits for the extraction, so the two overlap: their union is the scenarios' wall time.
        long scenarios = nanos(extraction) + nanos(join) - within(extraction, join);
        long overlap = within(extraction, passes);
        // What the scenarios took after the passes is theirs; the rest after them is the module's reporting.
        long scenariosAfter = within(extraction, after) + within(join, after) - within(extraction, join, after);
        long report = Math.max(0, after.end() - after.start() - scenariosAfter);
        return new Timing(Stopwatch.millis(startedAt, first.start()), first.millis(),
                rerun == null ? 0 : rerun.millis(), 0, scenarios / MS, overlap / MS, report / MS);
    }

    private static long nanos(Span span) {
        return span == null ? 0 : Math.max(0, span.end() - span.start());
    }

    /** Nanoseconds of {@code span} within {@code other}; 0 when either is null. */
    private static long within(Span span, Span other) {
        return nanos(intersection(span, other));
    }

    private static long within(Span span, Span other, Span third) {
        return nanos(intersection(intersection(span, other), third));
    }

    private static Span intersection(Span a, Span b) {
        if (a == null || b == null) {
            return null;
        }
        long start = Math.max(a.start(), b.start());
        long end = Math.min(a.end(), b.end());
        return end > start ? new Span(start, end) : null;
    }
}
