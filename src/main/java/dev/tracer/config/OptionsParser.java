package dev.tracer.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Validates raw parameter values before anything expensive runs. */
public final class OptionsParser {

    /** Every {@code tracer.*} user property a goal understands. */
    public static final List<String> KNOWN_PROPERTIES = List.of("tracer.all", "tracer.output", "tracer.skip");

    private OptionsParser() {
    }

    /**
     * @param all         the raw {@code tracer.all} / {@code <all>} value, null when unset
     * @param output      the raw {@code tracer.output} / {@code <output>} value, null when unset
     * @param userProperties the {@code -D} properties given on the command line, to catch misspelled ones
     */
    public static Options parse(String all, String output, Map<String, String> userProperties) {
        for (String key : new TreeSet<>(userProperties.keySet())) {
            if (key.startsWith("tracer.") && !KNOWN_PROPERTIES.contains(key)) {
                throw new ConfigurationException(Messages.unknownProperty(key, KNOWN_PROPERTIES));
            }
        }
        if (output != null && output.isBlank()) {
            throw new ConfigurationException(Messages.blankOutput());
        }
        return new Options(bool("tracer.all", "all", all), output);
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
        throw new ConfigurationException(Messages.notBoolean(property, element, value));
    }
}
