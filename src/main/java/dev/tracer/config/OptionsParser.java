package dev.tracer.config;

import dev.tracer.messages.Messages;
import dev.tracer.model.CoverageCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Validates raw parameter values before anything expensive runs. */
public final class OptionsParser {

    /** Every {@code tracer.*} user property a goal understands. */
    public static final List<String> KNOWN_PROPERTIES = GoalParameter.properties();

    /** Environment variables for tools that cannot change the command line; a -D or POM value wins. */
    public static final String OUTPUT_ENV = GoalParameter.OUTPUT.environment();
    public static final String STREAMING_ENV = GoalParameter.STREAMING.environment();

    private OptionsParser() {
    }

    /**
     * @param userProperties the {@code -D} properties given on the command line, to catch misspelled ones
     * @param environment    the process environment, for {@value #OUTPUT_ENV} and {@value #STREAMING_ENV}
     */
    public static Options parse(RawOptions raw, Map<String, String> userProperties, Map<String, String> environment) {
        checkKnown(userProperties);
        String output = raw.given(GoalParameter.OUTPUT);
        if (output == null) {
            String fromEnv = environment.get(OUTPUT_ENV);
            if (fromEnv != null && fromEnv.isBlank()) {
                throw new ConfigurationException(Messages.blankEnv(OUTPUT_ENV));
            }
            output = fromEnv;
        } else if (output.isBlank()) {
            throw new ConfigurationException(Messages.blankOutput());
        }
        boolean streaming = raw.given(GoalParameter.STREAMING) == null && environment.get(STREAMING_ENV) != null
                ? bool(STREAMING_ENV, GoalParameter.STREAMING.element(), environment.get(STREAMING_ENV))
                : bool(raw, GoalParameter.STREAMING);
        List<String> filterOut = new ArrayList<>();
        for (String pattern : raw.list(GoalParameter.FILTER_OUT)) {
            if (pattern != null && !pattern.isEmpty()) {
                filterOut.add(pattern);
            }
        }
        return Options.builder()
                .all(bool(raw, GoalParameter.ALL))
                .output(output)
                .summaryOnly(bool(raw, GoalParameter.SUMMARY_ONLY))
                .firstFailure(bool(raw, GoalParameter.FIRST_FAILURE))
                .compact(bool(raw, GoalParameter.COMPACT))
                .filterOut(filterOut)
                .groupByError(bool(raw, GoalParameter.GROUP_BY_ERROR))
                .failed(bool(raw, GoalParameter.FAILED))
                .noWarn(bool(raw, GoalParameter.NO_WARN))
                .streaming(streaming)
                .retry(bool(raw, GoalParameter.RETRY))
                .failOnFlaky(bool(raw, GoalParameter.FAIL_ON_FLAKY))
                .cover(cover(raw))
                .trace(trace(raw.given(GoalParameter.TRACE)))
                .traceBudget(traceBudget(raw.given(GoalParameter.TRACE_BUDGET)))
                .build();
    }

    /** Null when coverage is off; a threshold implies coverage. */
    static Options.Cover cover(RawOptions raw) {
        Double threshold = null;
        String given = raw.given(GoalParameter.COVER_THRESHOLD);
        if (given != null) {
            String t = given.trim();
            try {
                threshold = Double.valueOf(t);
            } catch (NumberFormatException e) {
                throw new ConfigurationException(Messages.badThreshold(given));
            }
            if (t.isEmpty() || threshold.isNaN() || threshold < 0 || threshold > 100) {
                throw new ConfigurationException(Messages.badThreshold(given));
            }
        }
        String counterName = raw.value(GoalParameter.COVER_COUNTER);
        CoverageCounter counter = CoverageCounter.parse(counterName);
        if (counter == null) {
            throw new ConfigurationException(Messages.badCounter(counterName));
        }
        if (!bool(raw, GoalParameter.COVER) && threshold == null) {
            return null;
        }
        return new Options.Cover(counter, threshold, raw.list(GoalParameter.COVER_INCLUDES),
                raw.list(GoalParameter.COVER_EXCLUDES));
    }

    /** A class or {@code Class#method} pattern; a bare {@code -Dtracer.trace} (Maven makes it "true") is an error. */
    static String trace(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.isEmpty() || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            throw new ConfigurationException(Messages.traceNeedsPattern(value));
        }
        return v;
    }

    static Integer traceBudget(String value) {
        if (value == null) {
            return null;
        }
        try {
            int budget = Integer.parseInt(value.trim());
            if (budget > 0) {
                return budget;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new ConfigurationException(Messages.badTraceBudget(value));
    }

    /** Rejects a {@code -Dtracer.*} property no goal understands (a misspelling), naming it and the known ones. */
    public static void checkKnown(Map<String, String> userProperties) {
        for (String key : new TreeSet<>(userProperties.keySet())) {
            if (key.startsWith("tracer.") && !KNOWN_PROPERTIES.contains(key)) {
                throw new ConfigurationException(Messages.unknownProperty(key, KNOWN_PROPERTIES));
            }
        }
    }

    /** A boolean parameter's value, its default when not given. */
    public static boolean bool(RawOptions raw, GoalParameter parameter) {
        return bool(parameter.property(), parameter.element(), raw.value(parameter));
    }

    /** Strict booleans: Maven would quietly read {@code -Dtracer.all=yes} as false. */
    public static boolean bool(String property, String element, String value) {
        if (value == null) {
            return false;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.isEmpty() || v.equals("true")) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        throw new ConfigurationException(property.startsWith("tracer.")
                ? Messages.notBoolean(property, element, value)
                : Messages.notBooleanEnv(property, value));
    }
}
