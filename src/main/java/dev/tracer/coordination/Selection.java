package dev.tracer.coordination;

import dev.tracer.model.ClassFailure;
import dev.tracer.model.TestCase;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The tests a request asked for: Surefire's {@code test} parameter ({@code -Dtest=CartTest,Order*#total*}),
 * normalized (split at commas, trimmed, a {@code .java} suffix dropped, sorted, duplicates removed). No pattern means
 * every test Surefire's own includes select.
 *
 * <p>Whether a run covers a request is decided conservatively: when unsure, the request runs. A run covers a request
 * when both asked for the same tests; or when every pattern of the request was also a pattern of the run (Surefire ran
 * everything that pattern selects, whatever its includes and excludes); or when the run ran every test and each
 * pattern of the request names a class exactly ({@code CartTest}, {@code shop.CartTest}, with an optional method
 * pattern {@code #total*}) and matched some test of the run. Patterns with {@code !}, {@code %regex[...]}, paths,
 * {@code +}-joined methods or a trailing {@code .*} ({@code shop.*}, which Surefire does not read as a package and
 * which selects nothing there) cover only themselves. When a cut would contain tests of a nested class, the request runs
 * (whether {@code -Dtest=Outer} runs {@code Outer$Inner} depends on the Surefire provider).
 *
 * <p>Why not Surefire's own {@code TestListResolver} (surefire-api): the plugin does not depend on Surefire at all
 * (it runs the project's own Surefire, whatever its version, through Maven), so it would mean shipping one fixed
 * surefire-api, with its shaded utilities, in Maven's JVM, as a second opinion that can differ from the project's
 * Surefire version; and it answers only "does this pattern select this class and method", not whether one
 * selection covers another, which is what a replay needs. The patterns this class applies itself are few and plain
 * (no {@code !}, regex, path or {@code +}); {@code SelectionMatchesLikeSurefireTest} checks them against
 * {@code TestListResolver} of the Surefire version the plugin pins.
 *
 * @param patterns the normalized patterns; empty for every test
 */
public record Selection(List<String> patterns) {

    public static final Selection ALL = new Selection(List.of());

    public Selection {
        patterns = List.copyOf(new TreeSet<>(patterns));
    }

    /** The selection of {@code -Dtest=value}; null or blank means every test. */
    public static Selection of(String test) {
        if (test == null || test.isBlank()) {
            return ALL;
        }
        TreeSet<String> normalized = new TreeSet<>();
        for (String part : test.split(",")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).endsWith(".java") && !p.contains("#")) {
                p = p.substring(0, p.length() - ".java".length());
            }
            if (!p.isEmpty()) {
                normalized.add(p);
            }
        }
        return new Selection(List.copyOf(normalized));
    }

    public boolean all() {
        return patterns.isEmpty();
    }

    /** The value for {@code -Dtest}, or null for every test. */
    public String toProperty() {
        return all() ? null : String.join(",", patterns);
    }

    @Override
    public String toString() {
        return all() ? "all tests" : "-Dtest=" + toProperty();
    }

    /** The part of a run's tests this selection asked for, or null when the run does not surely cover it. */
    List<TestCase> cut(Selection run, List<TestCase> tests) {
        if (equals(run)) {
            return tests;
        }
        if (all()) {
            return null;
        }
        boolean fromAll = run.all();
        if (!fromAll && !run.patterns.containsAll(patterns)) {
            return null;
        }
        List<Matcher> matchers = patterns.stream().map(Matcher::of).toList();
        if (matchers.contains(null) || fromAll && matchers.stream().anyMatch(Matcher::classHasWildcard)) {
            return null;
        }
        for (Matcher m : matchers) {
            if (!fromAll) {
                continue; // the run had this very pattern: it ran what the pattern selects
            }
            if (tests.stream().anyMatch(t -> m.matchesClass(t.className()) && isNested(t.className()))) {
                return null;
            }
            if (tests.stream().noneMatch(m::matches)) {
                return null; // the run did not run it (excluded, or no such test): a direct run decides
            }
        }
        return tests.stream().filter(t -> matchers.stream().anyMatch(m -> m.matches(t))).toList();
    }

    /** True for a test of the cut (call only after {@link #cut} accepted the run). */
    boolean matches(TestCase test) {
        return all() || patterns.stream().map(Matcher::of).anyMatch(m -> m != null && m.matches(test));
    }

    boolean matchesClass(ClassFailure failure) {
        return matchesClass(failure.className());
    }

    boolean matchesClass(String className) {
        return all() || patterns.stream().map(Matcher::of)
                .anyMatch(m -> m != null && m.matchesClass(className));
    }

    /** Whether Tracer applies this one pattern itself (else a request with it runs on its own). */
    static boolean applies(String pattern) {
        return Matcher.of(pattern) != null;
    }

    private static boolean isNested(String className) {
        return className != null && className.indexOf('$') >= 0;
    }

    /** One pattern Tracer can apply itself: a class (simple or qualified name, globs) and an optional method glob. */
    private record Matcher(Pattern classPattern, boolean qualified, Pattern methodPattern, boolean classHasWildcard) {

        static Matcher of(String pattern) {
            if (pattern.startsWith("!") || pattern.contains("%regex[") || pattern.contains("%ant[")
                    || pattern.contains("/") || pattern.contains("\\") || pattern.contains("+")
                    || pattern.contains("**")) {
                return null;
            }
            int hash = pattern.indexOf('#');
            String cls = hash < 0 ? pattern : pattern.substring(0, hash);
            String method = hash < 0 ? null : pattern.substring(hash + 1);
            if (cls.isEmpty() || method != null && (method.isEmpty() || method.contains("#"))) {
                return null;
            }
            if (cls.toLowerCase(Locale.ROOT).endsWith(".java")) {
                cls = cls.substring(0, cls.length() - ".java".length());
            }
            if (cls.endsWith(".*")) {
                // Surefire reads "shop.*" as a file name with an extension, not a package: it selects nothing.
                return null;
            }
            return new Matcher(withinPackage(cls), cls.contains("."), method == null ? null : withinPackage(method),
                    cls.contains("*") || cls.contains("?"));
        }

        boolean matchesClass(String className) {
            if (className == null) {
                return false;
            }
            String top = className.indexOf('$') < 0 ? className : className.substring(0, className.indexOf('$'));
            String name = qualified ? top : top.substring(top.lastIndexOf('.') + 1);
            return classPattern.matcher(name).matches();
        }

        boolean matches(TestCase test) {
            return matchesClass(test.className())
                    && (methodPattern == null
                            || test.method() != null && methodPattern.matcher(test.method()).matches());
        }

        /**
         * Surefire's meaning of {@code *} and {@code ?} in {@code -Dtest}: it matches patterns against class-file
         * paths ({@code shop/CartTest.class}), so neither crosses a package separator; {@code shop.*Test} does not
         * select {@code shop.cart.CartTest}. Unlike the {@code tracer.trace} glob ({@code listener.TraceSelector})
         * and JaCoCo's class patterns ({@code coverage.ClassFilter}), where {@code *} crosses dots.
         */
        private static Pattern withinPackage(String glob) {
            StringBuilder regex = new StringBuilder();
            for (char c : glob.toCharArray()) {
                switch (c) {
                    case '*' -> regex.append("[^.]*");
                    case '?' -> regex.append("[^.]");
                    default -> regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return Pattern.compile(regex.toString());
        }
    }
}
