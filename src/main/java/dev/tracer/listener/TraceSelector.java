package dev.tracer.listener;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which tests the flight recorder traces, and with how large a ring: the tag {@code trace_messages} (or
 * {@code trace_messages=N}, a ring of N events) on the test or its class, or the {@code tracer.trace} pattern.
 * JDK only. For an untraced test this costs a scan of its (usually empty) tag list and, with a pattern, one match.
 *
 * <p>Pattern: comma-separated entries {@code Class} or {@code Class#method}, {@code *} matching any characters. A
 * class part with a dot matches the binary class name, one without a dot its simple name (the part after the last
 * dot, also after the last {@code $} for nested classes). A method part matches the method name.
 */
final class TraceSelector {

    static final String TAG = "trace_messages";
    static final int DEFAULT_RING = 50;
    static final int DEFAULT_BUDGET = 5_000;

    private final List<Entry> entries;
    private final int budget;

    /**
     * @param pattern the {@code tracer.trace} value, or null/blank for none
     * @param budget  the hard limit on recorded events per test; a value below 1 means the default
     */
    TraceSelector(String pattern, int budget) {
        this.budget = budget < 1 ? DEFAULT_BUDGET : budget;
        List<Entry> parsed = new ArrayList<>();
        if (pattern != null) {
            for (String entry : pattern.split(",")) {
                String e = entry.trim();
                if (e.isEmpty()) {
                    continue;
                }
                int hash = e.indexOf('#');
                String classPart = hash < 0 ? e : e.substring(0, hash);
                String methodPart = hash < 0 ? null : e.substring(hash + 1);
                parsed.add(new Entry(starCrossesDots(classPart.isEmpty() ? "*" : classPart), classPart.contains("."),
                        methodPart == null || methodPart.isEmpty() ? null : starCrossesDots(methodPart)));
            }
        }
        this.entries = Collections.unmodifiableList(parsed);
    }

    int budget() {
        return budget;
    }

    /** The ring size for the test, or 0 when it is not traced. */
    int ringSize(String className, String method, List<String> tags) {
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag.startsWith(TAG)) {
                int ring = fromTag(tag);
                if (ring > 0) {
                    return ring;
                }
            }
        }
        if (entries.isEmpty() || className == null) {
            return 0;
        }
        for (Entry entry : entries) {
            if (classMatches(entry, className)
                    && (entry.method == null || method != null && methodMatches(entry.method, method))) {
                return DEFAULT_RING;
            }
        }
        return 0;
    }

    /** {@code trace_messages} → the default ring, {@code trace_messages=N} → N; 0 for another tag or a bad N. */
    static int fromTag(String tag) {
        if (tag.equals(TAG) || tag.equals(TAG + "=true")) {
            return DEFAULT_RING;
        }
        if (!tag.startsWith(TAG + "=")) {
            return 0;
        }
        try {
            int n = Integer.parseInt(tag.substring(TAG.length() + 1).trim());
            return Math.max(n, 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean classMatches(Entry entry, String className) {
        Pattern pattern = entry.type;
        if (entry.qualified) {
            return pattern.matcher(className).matches();
        }
        String simple = className.substring(className.lastIndexOf('.') + 1);
        return pattern.matcher(simple).matches()
                || pattern.matcher(simple.substring(simple.lastIndexOf('$') + 1)).matches();
    }

    private static boolean methodMatches(Pattern pattern, String method) {
        if (pattern.matcher(method).matches()) {
            return true;
        }
        int bracket = method.indexOf('[');
        return bracket > 0 && pattern.matcher(method.substring(0, bracket)).matches();
    }

    /**
     * The {@code tracer.trace} glob: {@code *} any characters, dots too ({@code shop.*} reaches sub-packages), every
     * other character literal ({@code ?} included). Not {@code coordination.Selection}'s glob, whose {@code *} stays
     * inside one package as Surefire's {@code -Dtest} does, nor JaCoCo's {@code WildcardMatcher} (used by
     * {@code coverage.ClassFilter}, with {@code ?} for one character): this code runs in the test JVM, JDK only, and
     * the documented syntax of {@code tracer.trace} has no {@code ?}.
     */
    private static Pattern starCrossesDots(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') {
                regex.append(".*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static final class Entry {
        final Pattern type;
        final boolean qualified;
        final Pattern method;

        Entry(Pattern type, boolean qualified, Pattern method) {
            this.type = type;
            this.qualified = qualified;
            this.method = method;
        }
    }
}
