package dev.tracer.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Validates raw parameter values before anything expensive runs. */
public final class OptionsParser {

    /** Every {@code tracer.*} user property a goal understands. */
    public static final List<String> KNOWN_PROPERTIES = List.of("tracer.adapters", "tracer.all", "tracer.budget",
            "tracer.cacheDir", "tracer.cacheMaxSize", "tracer.cacheRetention", "tracer.compact", "tracer.cover",
            "tracer.coverCounter", "tracer.coverExcludes", "tracer.coverIncludes", "tracer.coverThreshold",
            "tracer.failOnFlaky", "tracer.failed", "tracer.filterOut", "tracer.firstFailure", "tracer.groupByError",
            "tracer.html", "tracer.noWarn", "tracer.output", "tracer.pretty", "tracer.reportFile", "tracer.retry",
            "tracer.scenarios", "tracer.skip", "tracer.streaming", "tracer.summaryOnly", "tracer.trace",
            "tracer.traceBudget", "tracer.verbose", "tracer.waitTimeout");

    /** Environment variables for tools that cannot change the command line; a -D or POM value wins. */
    public static final String OUTPUT_ENV = "TRACER_OUTPUT_FILE";
    public static final String STREAMING_ENV = "TRACER_STREAMING";

    /**
     * The raw values, as Maven injected them (null when unset).
     *
     * @param filterOut Maven splits {@code -Dtracer.filterOut=a,b} into two entries; POM entries come one by one
     */
    public record Raw(String all, String output, String summaryOnly, String firstFailure, String compact,
            List<String> filterOut, String groupByError, String failed, String noWarn, String streaming, String retry,
            String failOnFlaky, RawCover cover, String trace, String traceBudget) {

        public Raw(String all, String output, String summaryOnly, String firstFailure, String compact,
                List<String> filterOut, String groupByError, String failed, String noWarn, String streaming,
                String retry, String failOnFlaky) {
            this(all, output, summaryOnly, firstFailure, compact, filterOut, groupByError, failed, noWarn, streaming,
                    retry, failOnFlaky, null, null, null);
        }

        public Raw(String all, String output, String summaryOnly, String firstFailure, String compact,
                List<String> filterOut, String groupByError, String failed, String noWarn, String streaming) {
            this(all, output, summaryOnly, firstFailure, compact, filterOut, groupByError, failed, noWarn, streaming,
                    null, null);
        }
    }

    /** The raw coverage values ({@code tracer.cover}, {@code tracer.coverThreshold}, ...), null when unset. */
    public record RawCover(String cover, String threshold, String counter, List<String> includes,
            List<String> excludes) {
    }

    private OptionsParser() {
    }

    /**
     * @param userProperties the {@code -D} properties given on the command line, to catch misspelled ones
     * @param environment    the process environment, for {@value #OUTPUT_ENV} and {@value #STREAMING_ENV}
     */
    public static Options parse(Raw raw, Map<String, String> userProperties, Map<String, String> environment) {
        checkKnown(userProperties);
        String output = raw.output();
        if (output == null) {
            String fromEnv = environment.get(OUTPUT_ENV);
            if (fromEnv != null && fromEnv.isBlank()) {
                throw new ConfigurationException(Messages.blankEnv(OUTPUT_ENV));
            }
            output = fromEnv;
        } else if (output.isBlank()) {
            throw new ConfigurationException(Messages.blankOutput());
        }
        String streaming = raw.streaming();
        String streamingProperty = "tracer.streaming";
        if (streaming == null && environment.get(STREAMING_ENV) != null) {
            streaming = environment.get(STREAMING_ENV);
            streamingProperty = STREAMING_ENV;
        }
        List<String> filterOut = new ArrayList<>();
        for (String pattern : raw.filterOut() == null ? List.<String>of() : raw.filterOut()) {
            if (pattern != null && !pattern.isEmpty()) {
                filterOut.add(pattern);
            }
        }
        return new Options(
                bool("tracer.all", "all", raw.all()),
                output,
                bool("tracer.summaryOnly", "summaryOnly", raw.summaryOnly()),
                bool("tracer.firstFailure", "firstFailure", raw.firstFailure()),
                bool("tracer.compact", "compact", raw.compact()),
                filterOut,
                bool("tracer.groupByError", "groupByError", raw.groupByError()),
                bool("tracer.failed", "failed", raw.failed()),
                bool("tracer.noWarn", "noWarn", raw.noWarn()),
                bool(streamingProperty, "streaming", streaming),
                raw.retry() == null || bool("tracer.retry", "retry", raw.retry()),
                bool("tracer.failOnFlaky", "failOnFlaky", raw.failOnFlaky()),
                cover(raw.cover()),
                trace(raw.trace()),
                traceBudget(raw.traceBudget()));
    }

    /** Null when coverage is off; a threshold implies coverage. */
    static Options.Cover cover(RawCover raw) {
        if (raw == null) {
            return null;
        }
        Double threshold = null;
        if (raw.threshold() != null) {
            String t = raw.threshold().trim();
            try {
                threshold = Double.valueOf(t);
            } catch (NumberFormatException e) {
                throw new ConfigurationException(Messages.badThreshold(raw.threshold()));
            }
            if (t.isEmpty() || threshold.isNaN() || threshold < 0 || threshold > 100) {
                throw new ConfigurationException(Messages.badThreshold(raw.threshold()));
            }
        }
        dev.tracer.model.CoverageCounter counter = dev.tracer.model.CoverageCounter.LINE;
        if (raw.counter() != null) {
            counter = dev.tracer.model.CoverageCounter.parse(raw.counter());
            if (counter == null) {
                throw new ConfigurationException(Messages.badCounter(raw.counter()));
            }
        }
        boolean cover = bool("tracer.cover", "cover", raw.cover());
        if (!cover && threshold == null) {
            return null;
        }
        return new Options.Cover(counter, threshold, raw.includes(), raw.excludes());
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

    /** A boolean that is true unless given as false ({@code tracer.retry}, {@code tracer.scenarios}). */
    public static boolean boolDefaultTrue(String property, String element, String value) {
        return value == null || bool(property, element, value);
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
