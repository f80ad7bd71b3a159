package dev.tracer.report;

import dev.tracer.model.TestCase;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a document shows of a run. Precedence: {@code summaryOnly} over {@code firstFailure} over {@code all}; the
 * summary always counts the whole run.
 *
 * @param all          every test, not only failed and invalid ones ({@code tracer.all})
 * @param summaryOnly  only the version, the summary and the hint ({@code tracer.summaryOnly})
 * @param firstFailure only the first failed or invalid test in document order ({@code tracer.firstFailure})
 * @param filterOut    a failed test whose failure message contains one of these is marked filtered
 * @param groupByError group failures by the first line of their message ({@code tracer.groupByError})
 */
public record View(boolean all, boolean summaryOnly, boolean firstFailure, List<String> filterOut,
        boolean groupByError) {

    public static final View FAILURES_ONLY = new View(false, false, false, List.of(), false);
    public static final View ALL = new View(true, false, false, List.of(), false);

    public View {
        filterOut = filterOut == null ? List.of() : filterOut.stream().filter(p -> !p.isEmpty()).toList();
    }

    /** The tests whose source location a document of this view can show. */
    public Predicate<TestCase> located() {
        return all && !summaryOnly && !firstFailure ? test -> true : test -> test.state().isProblem();
    }
}
