package dev.tracer.model;

/**
 * Where the wall time of a run went, in milliseconds: the document's {@code timing}. Like {@code duration_ms} these
 * are wall-clock fields, exempt from the rule that two runs of the same suite give the same document. In a reactor
 * each phase is summed over the modules; coverage and the build's part of {@code report} are measured once.
 *
 * <pre>{@code
 * "timing" : { "before_tests" : 310, "tests" : 4210, "rerun" : 1630, "coverage" : 0,
 *              "scenarios" : 920, "scenarios_overlap" : 920, "report" : 45 }
 * }</pre>
 *
 * @param beforeTests      from the goal's start to the first test pass's start: the selection, the output folder,
 *                         the listener jar, the JaCoCo agent
 * @param tests            the first pass: Surefire's execution and reading its results
 * @param rerun            from the end of the first pass to the end of the rerun of failures; 0 when none ran
 * @param coverage         JaCoCo's analysis of the exec data; 0 without {@code tracer.cover}
 * @param scenarios        the scenario extraction; 0 when it is off
 * @param scenariosOverlap how much of the extraction ran while a test pass ran (first or rerun): the extraction
 *                         added {@code scenarios - scenarios_overlap} to the run
 * @param report           the rest, up to printing: joining scenarios with the run, the module files, building the
 *                         document and the scenario report (not serializing and printing the document itself)
 */
public record Timing(long beforeTests, long tests, long rerun, long coverage, long scenarios, long scenariosOverlap,
        long report) {

    public static final Timing NONE = new Timing(0, 0, 0, 0, 0, 0, 0);

    /** Phase by phase, this and {@code other} (null counts as nothing): the timing of two modules together. */
    public Timing plus(Timing other) {
        if (other == null) {
            return this;
        }
        return new Timing(beforeTests + other.beforeTests, tests + other.tests, rerun + other.rerun,
                coverage + other.coverage, scenarios + other.scenarios, scenariosOverlap + other.scenariosOverlap,
                report + other.report);
    }
}
