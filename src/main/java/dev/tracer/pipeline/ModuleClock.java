package dev.tracer.pipeline;

import dev.tracer.model.Timing;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The instants of one module's run on the pipeline's {@link Stopwatch}, and the phases of {@link Timing} they make.
 * The test passes are contiguous: the first from its runner's start to its results read, the rerun (set-up included)
 * from there to its results read. The extraction runs on a thread of its own, beside them.
 */
final class ModuleClock {

    /** A stretch of time on the clock, in nanoseconds. */
    record Span(long start, long end) {

        long millis() {
            return Stopwatch.millis(start, end);
        }

        /** Milliseconds of this span within {@code other}. */
        long millisWithin(Span other) {
            return Stopwatch.millis(Math.max(start, other.start), Math.min(end, other.end));
        }
    }

    private final Stopwatch clock;
    private Span first;
    private Span rerun;
    /** Written by the extraction's thread; read after the pipeline waited for the extraction. */
    private final AtomicReference<Span> extraction = new AtomicReference<>();

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

    /** The module's phases, its work having ended now; coverage is the build's, measured when it reports. */
    Timing timing() {
        return timing(clock.startedAt(), first, rerun, extraction.get(), clock.now());
    }

    /**
     * @param first      the first pass, or null when none ran
     * @param rerun      the rerun from the end of the first pass, or null when none ran
     * @param extraction the scenario extraction, or null when it is off
     */
    static Timing timing(long startedAt, Span first, Span rerun, Span extraction, long end) {
        if (first == null) {
            return new Timing(Stopwatch.millis(startedAt, end), 0, 0, 0, 0, 0, 0);
        }
        Span passes = new Span(first.start(), rerun == null ? first.end() : rerun.end());
        long scenarios = extraction == null ? 0 : extraction.millis();
        long overlap = extraction == null ? 0 : extraction.millisWithin(passes);
        // What the extraction added after the passes is its own; the rest after them is the module's reporting.
        long extractionAfter = extraction == null ? 0
                : extraction.millisWithin(new Span(passes.end(), Math.max(passes.end(), end)));
        long report = Math.max(0, Stopwatch.millis(passes.end(), end) - extractionAfter);
        return new Timing(Stopwatch.millis(startedAt, first.start()), first.millis(),
                rerun == null ? 0 : rerun.millis(), 0, scenarios, overlap, report);
    }
}
