package dev.tracer.config;

import dev.tracer.model.CoverageCounter;
import java.util.List;

/**
 * What the user asked of {@code tracer:test-json}, validated.
 *
 * @param all          list every test, not only failed and invalid ones ({@code tracer.all})
 * @param output       where to write the document; null for the default location ({@code tracer.output})
 * @param summaryOnly  only version, summary and hint ({@code tracer.summaryOnly})
 * @param firstFailure only the first failed test ({@code tracer.firstFailure})
 * @param compact      JSON Lines with short keys on stdout ({@code tracer.compact})
 * @param filterOut    failure-message substrings that mark a failure as filtered ({@code tracer.filterOut})
 * @param groupByError group failures by message ({@code tracer.groupByError})
 * @param failed       run only what failed in the previous run ({@code tracer.failed})
 * @param noWarn       no tip about previous failures ({@code tracer.noWarn})
 * @param streaming    one JSON line per event on stdout while tests run ({@code tracer.streaming})
 * @param retry        rerun failures once to tell flaky from confirmed ones ({@code tracer.retry}, on by default)
 * @param failOnFlaky  flaky tests fail the build ({@code tracer.failOnFlaky})
 * @param cover        code coverage with JaCoCo; null when not asked for ({@code tracer.cover},
 *                     {@code tracer.coverThreshold})
 * @param trace        tests to trace besides those tagged {@code trace_messages} ({@code tracer.trace}); null for none
 * @param traceBudget  events recorded per traced test ({@code tracer.traceBudget}); null for the default (5,000)
 */
public record Options(boolean all, String output, boolean summaryOnly, boolean firstFailure, boolean compact,
        List<String> filterOut, boolean groupByError, boolean failed, boolean noWarn, boolean streaming,
        boolean retry, boolean failOnFlaky, Cover cover, String trace, Integer traceBudget) {

    public Options {
        filterOut = filterOut == null ? List.of() : List.copyOf(filterOut);
    }

    /** Every option off or at its default, as with no parameter given: retry on, nothing else. */
    public static Builder builder() {
        return new Builder().retry(true);
    }

    public Builder toBuilder() {
        return new Builder().all(all).output(output).summaryOnly(summaryOnly).firstFailure(firstFailure)
                .compact(compact).filterOut(filterOut).groupByError(groupByError).failed(failed).noWarn(noWarn)
                .streaming(streaming).retry(retry).failOnFlaky(failOnFlaky).cover(cover).trace(trace)
                .traceBudget(traceBudget);
    }

    /** Options by name, for callers that set a few (the parser, the child build of agent-test, tests). */
    public static final class Builder {
        private boolean all;
        private String output;
        private boolean summaryOnly;
        private boolean firstFailure;
        private boolean compact;
        private List<String> filterOut = List.of();
        private boolean groupByError;
        private boolean failed;
        private boolean noWarn;
        private boolean streaming;
        private boolean retry;
        private boolean failOnFlaky;
        private Cover cover;
        private String trace;
        private Integer traceBudget;

        private Builder() {
        }

        public Builder all(boolean value) {
            all = value;
            return this;
        }

        public Builder output(String value) {
            output = value;
            return this;
        }

        public Builder summaryOnly(boolean value) {
            summaryOnly = value;
            return this;
        }

        public Builder firstFailure(boolean value) {
            firstFailure = value;
            return this;
        }

        public Builder compact(boolean value) {
            compact = value;
            return this;
        }

        public Builder filterOut(List<String> value) {
            filterOut = value;
            return this;
        }

        public Builder groupByError(boolean value) {
            groupByError = value;
            return this;
        }

        public Builder failed(boolean value) {
            failed = value;
            return this;
        }

        public Builder noWarn(boolean value) {
            noWarn = value;
            return this;
        }

        public Builder streaming(boolean value) {
            streaming = value;
            return this;
        }

        public Builder retry(boolean value) {
            retry = value;
            return this;
        }

        public Builder failOnFlaky(boolean value) {
            failOnFlaky = value;
            return this;
        }

        public Builder cover(Cover value) {
            cover = value;
            return this;
        }

        public Builder trace(String value) {
            trace = value;
            return this;
        }

        public Builder traceBudget(Integer value) {
            traceBudget = value;
            return this;
        }

        public Options build() {
            return new Options(all, output, summaryOnly, firstFailure, compact, filterOut, groupByError, failed,
                    noWarn, streaming, retry, failOnFlaky, cover, trace, traceBudget);
        }
    }

    /**
     * Code coverage, validated.
     *
     * @param counter   the counter of percentages and the threshold ({@code tracer.coverCounter}, LINE by default)
     * @param threshold the minimum total percentage, 0 to 100, or null for none ({@code tracer.coverThreshold})
     * @param includes  class name patterns that count (all when empty; {@code tracer.coverIncludes})
     * @param excludes  class name patterns that do not count ({@code tracer.coverExcludes})
     */
    public record Cover(CoverageCounter counter, Double threshold, List<String> includes,
            List<String> excludes) {
        public Cover {
            includes = includes == null ? List.of() : List.copyOf(includes);
            excludes = excludes == null ? List.of() : List.copyOf(excludes);
        }
    }
}
