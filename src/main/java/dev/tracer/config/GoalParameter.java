package dev.tracer.config;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every parameter of every goal, in one table: its POM element, {@code -D} property, environment variable, default
 * and the goals that take it. The known-property check, the defaults {@link OptionsParser} applies and the README
 * check are derived from it; the mojo field of the same name (its Javadoc is the goal reference) is the one other
 * place a parameter is declared.
 */
public enum GoalParameter {
    ALL("all", null, "false", Goal.RUNS),
    OUTPUT("output", "TRACER_OUTPUT_FILE", null, Goal.RUNS),
    SUMMARY_ONLY("summaryOnly", null, "false", Goal.RUNS),
    FIRST_FAILURE("firstFailure", null, "false", Goal.RUNS),
    COMPACT("compact", null, "false", Goal.RUNS),
    FILTER_OUT("filterOut", null, null, Goal.RUNS),
    GROUP_BY_ERROR("groupByError", null, "false", Goal.RUNS),
    FAILED("failed", null, "false", Goal.RUNS),
    NO_WARN("noWarn", null, "false", Goal.RUNS),
    STREAMING("streaming", "TRACER_STREAMING", "false", Goal.RUNS),
    RETRY("retry", null, "true", Goal.RUNS),
    FAIL_ON_FLAKY("failOnFlaky", null, "false", Goal.RUNS),
    SKIP("skip", null, "false", EnumSet.of(Goal.TEST_JSON, Goal.AGENT_TEST, Goal.SCENARIOS)),
    COVER("cover", null, "false", Goal.TEST_JSON),
    COVER_THRESHOLD("coverThreshold", null, null, Goal.TEST_JSON),
    COVER_COUNTER("coverCounter", null, "LINE", Goal.TEST_JSON),
    COVER_INCLUDES("coverIncludes", null, null, Goal.TEST_JSON),
    COVER_EXCLUDES("coverExcludes", null, null, Goal.TEST_JSON),
    TRACE("trace", null, null, Goal.TEST_JSON),
    TRACE_BUDGET("traceBudget", null, null, Goal.TEST_JSON),
    SCENARIOS("scenarios", null, "true", Goal.TEST_JSON),
    ADAPTERS("adapters", null, null, EnumSet.of(Goal.TEST_JSON, Goal.SCENARIOS)),
    HTML("html", null, "true", Goal.RUNS),
    VERBOSE("verbose", null, "false", Goal.RUNS),
    PRETTY("pretty", null, "false", Goal.RUNS),
    // 20000 bytes, or none with verbose: StdoutOptions decides
    BUDGET("budget", null, null, Goal.RUNS),
    REPORT_FILE("reportFile", null, null, Goal.REPORT),
    CACHE_DIR("cacheDir", "TRACER_CACHE_DIR", ".tracer", EnumSet.of(Goal.AGENT_TEST, Goal.CACHE)),
    WAIT_TIMEOUT("waitTimeout", null, "30m", Goal.AGENT_TEST),
    CACHE_RETENTION("cacheRetention", null, "1h", Goal.AGENT_TEST),
    CACHE_MAX_SIZE("cacheMaxSize", null, "64MB", Goal.AGENT_TEST);

    /** The goals, by their names. */
    public enum Goal {
        TEST_JSON, AGENT_TEST, SCENARIOS, CACHE, REPORT;

        /** The goals that run tests and print the document. */
        static final Set<Goal> RUNS = EnumSet.of(TEST_JSON, AGENT_TEST);
    }

    private final String element;
    private final String environment;
    private final String defaultValue;
    private final Set<Goal> goals;

    GoalParameter(String element, String environment, String defaultValue, Goal goal) {
        this(element, environment, defaultValue, EnumSet.of(goal));
    }

    GoalParameter(String element, String environment, String defaultValue, Set<Goal> goals) {
        this.element = element;
        this.environment = environment;
        this.defaultValue = defaultValue;
        this.goals = Set.copyOf(goals);
    }

    /** The POM element, e.g. {@code coverThreshold}; also the name of the mojo's field. */
    public String element() {
        return element;
    }

    /** The user property, e.g. {@code tracer.coverThreshold}. */
    public String property() {
        return "tracer." + element;
    }

    /** The environment variable a tool that cannot change the command line sets instead; null for none. */
    public String environment() {
        return environment;
    }

    /** The value when the user gives none; null for none (the parameter is off, or the parser decides). */
    public String defaultValue() {
        return defaultValue;
    }

    public Set<Goal> goals() {
        return goals;
    }

    /** Every user property, sorted. */
    public static List<String> properties() {
        return Arrays.stream(values()).map(GoalParameter::property).sorted().toList();
    }
}
