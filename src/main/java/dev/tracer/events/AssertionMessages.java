package dev.tracer.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads expected and actual values out of the failure message of an assertion whose exception does not expose them
 * (a plain {@link AssertionError}: JUnit 4's {@code assertEquals} on numbers, Hamcrest, TestNG, AssertJ and Truth
 * without opentest4j or JUnit 4 on the class path, or a Surefire XML report).
 *
 * <h2>Shapes</h2>
 * Values are kept as the message shows them (AssertJ, Hamcrest and Truth's representation: quoted strings stay
 * quoted), except for the delimiters the shape itself adds.
 * <ul>
 *   <li>JUnit 4: {@code [message ]expected:<X> but was:<Y>} and {@code [message ]expected same:<X> was not:<Y>}.</li>
 *   <li>JUnit Jupiter: {@code [message ==> ]expected: <X> but was: <Y>} (also after
 *       {@code array contents differ at index [i], }).</li>
 *   <li>TestNG: {@code [message ]expected [X] but found [Y]}.</li>
 *   <li>Hamcrest: {@code [reason]\nExpected: X\n     but: was Y}; {@code <v>} and {@code is <v>} become {@code v}.
 *       A mismatch other than {@code was ...} (such as {@code collection size was <3>}) describes, it is no value:
 *       nothing is read.</li>
 *   <li>AssertJ: {@code \nexpected: X\n but was: Y}, a value on its key's line or, when it spans lines, on the
 *       following lines indented by two spaces; lines after the values ({@code when comparing values using ...})
 *       are not part of them. And {@code \nExpecting actual:\n  Y\nto be equal to:\n  X[\nwhen ...]} when
 *       {@code X} is one line (AssertJ does not indent the further lines of a value in this shape).</li>
 *   <li>Google Truth: the facts {@code expected: X} and {@code but was : Y} on consecutive lines (keys padded to
 *       one width), a multi-line value on the following lines indented by four spaces.</li>
 * </ul>
 * Values are never guessed: when a key of a shape occurs more than once (so that a value or a message prefix could
 * contain it), when a message matches more than one shape, or when it is cut short, there are none. JUnit 4's
 * {@code ComparisonFailure} message abbreviates both values ({@code expected:<Hello, [A]da!>}); it is not read.
 */
public final class AssertionMessages {

    /** Both values, as the message shows them. */
    public record Values(String expected, String actual) {
    }

    /** Types whose message abbreviates the values around their difference. */
    private static final List<String> ABBREVIATING = List.of("org.junit.ComparisonFailure",
            "junit.framework.ComparisonFailure");

    private static final List<Function<String, Values>> SHAPES = List.of(
            m -> delimited(m, "expected:<", "> but was:<", ">"),
            m -> delimited(m, "expected same:<", "> was not:<", ">"),
            m -> delimited(m, "expected: <", "> but was: <", ">"),
            m -> delimited(m, "expected [", "] but found [", "]"),
            AssertionMessages::hamcrest,
            AssertionMessages::assertjExpectedButWas,
            AssertionMessages::assertjExpectingActual,
            AssertionMessages::truth);

    private static final Pattern HAMCREST_VALUE = Pattern.compile("(?:is )?<([^<>]*)>", Pattern.DOTALL);
    private static final Pattern TRUTH_EXPECTED = Pattern.compile("expected *:(.*)");
    private static final Pattern TRUTH_BUT_WAS = Pattern.compile("but was *:(.*)");

    private AssertionMessages() {
    }

    /**
     * @param type    the exception's class name, or null
     * @param message its message, or null
     * @return the values, when exactly one shape reads them
     */
    public static Optional<Values> parse(String type, String message) {
        if (message == null || message.isEmpty() || ABBREVIATING.contains(type)) {
            return Optional.empty();
        }
        Values found = null;
        for (Function<String, Values> shape : SHAPES) {
            Values values = shape.apply(message);
            if (values != null) {
                if (found != null) {
                    return Optional.empty();
                }
                found = values;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * {@code [prefix]<open>X<separator>Y<close>}: {@code open} at the start or after white space, each delimiter
     * once, and {@code close} ending the message.
     */
    private static Values delimited(String message, String open, String separator, String close) {
        int start = onlyIndexOf(message, open);
        int middle = onlyIndexOf(message, separator);
        if (start < 0 || middle < 0 || (start > 0 && !Character.isWhitespace(message.charAt(start - 1)))) {
            return null;
        }
        int expectedFrom = start + open.length();
        int actualFrom = middle + separator.length();
        int end = message.length() - close.length();
        if (middle < expectedFrom || end < actualFrom || !message.endsWith(close)) {
            return null;
        }
        return new Values(message.substring(expectedFrom, middle), message.substring(actualFrom, end));
    }

    /** Hamcrest's {@code MatcherAssert}: the reason, then {@code Expected: } and {@code but: } on lines of their own. */
    private static Values hamcrest(String message) {
        String expectedKey = "\nExpected: ";
        String mismatchKey = "\n     but: ";
        int expected = onlyIndexOf(message, expectedKey);
        int mismatch = onlyIndexOf(message, mismatchKey);
        if (expected < 0 || mismatch < expected + expectedKey.length()) {
            return null;
        }
        String description = message.substring(expected + expectedKey.length(), mismatch);
        String was = message.substring(mismatch + mismatchKey.length());
        if (!was.startsWith("was ")) {
            return null;
        }
        return new Values(hamcrestValue(description), hamcrestValue(was.substring("was ".length())));
    }

    private static String hamcrestValue(String text) {
        Matcher m = HAMCREST_VALUE.matcher(text);
        return m.matches() ? m.group(1) : text;
    }

    /** AssertJ's {@code ShouldBeEqual}: {@code expected: X}, then {@code  but was: Y}. */
    private static Values assertjExpectedButWas(String message) {
        List<String> lines = lines(message);
        int at = onlyLineStartingWith(lines, "expected:");
        if (at < 1) {
            return null;
        }
        Value expected = keyed(lines, at, "expected:", "  ");
        if (expected == null || expected.next() >= lines.size() || !lines.get(expected.next()).startsWith(" but was:")) {
            return null;
        }
        Value actual = keyed(lines, expected.next(), " but was:", "  ");
        return actual == null ? null : new Values(expected.text(), actual.text());
    }

    /**
     * AssertJ's {@code Expecting actual:}, its value, {@code to be equal to:}, the expected value, then optionally
     * {@code when ...}. AssertJ indents only the first line of a value here, so where a multi-line expected value
     * ends is unknown: only a one-line expected value is read.
     */
    private static Values assertjExpectingActual(String message) {
        List<String> lines = lines(message);
        int at = onlyLine(lines, "Expecting actual:");
        int equalTo = onlyLine(lines, "to be equal to:");
        if (at < 0 || equalTo < at + 2 || equalTo + 1 >= lines.size()
                || !lines.get(at + 1).startsWith("  ") || !lines.get(equalTo + 1).startsWith("  ")) {
            return null;
        }
        int after = equalTo + 2;
        if (after < lines.size() && !lines.get(after).startsWith("when ")) {
            return null;
        }
        String actual = String.join("\n", lines.subList(at + 1, equalTo)).substring(2);
        return new Values(lines.get(equalTo + 1).substring(2), actual);
    }

    /** Truth's facts {@code expected} and {@code but was}, one after the other. */
    private static Values truth(String message) {
        List<String> lines = lines(message);
        int at = onlyLineMatching(lines, TRUTH_EXPECTED);
        if (at < 0 || onlyLineMatching(lines, TRUTH_BUT_WAS) < 0) {
            return null;
        }
        Value expected = truthFact(lines, at, TRUTH_EXPECTED);
        if (expected == null || expected.next() >= lines.size()
                || !TRUTH_BUT_WAS.matcher(lines.get(expected.next())).matches()) {
            return null;
        }
        Value actual = truthFact(lines, expected.next(), TRUTH_BUT_WAS);
        return actual == null ? null : new Values(expected.text(), actual.text());
    }

    private static Value truthFact(List<String> lines, int at, Pattern key) {
        Matcher m = key.matcher(lines.get(at));
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(1);
        if (rest.isEmpty()) {
            return indented(lines, at + 1, "    ");
        }
        return rest.startsWith(" ") ? new Value(rest.substring(1), at + 1) : null;
    }

    /** A value after {@code key} on its line (after one space), or, when nothing follows the key, indented below. */
    private static Value keyed(List<String> lines, int at, String key, String indent) {
        String rest = lines.get(at).substring(key.length());
        if (rest.isBlank()) {
            return indented(lines, at + 1, indent);
        }
        return rest.startsWith(" ") ? new Value(rest.substring(1), at + 1) : null;
    }

    /** The lines from {@code from} that start with {@code indent}, without it; null when there is none. */
    private static Value indented(List<String> lines, int from, String indent) {
        List<String> value = new ArrayList<>();
        int i = from;
        while (i < lines.size() && lines.get(i).startsWith(indent)) {
            value.add(lines.get(i).substring(indent.length()));
            i++;
        }
        return value.isEmpty() ? null : new Value(String.join("\n", value), i);
    }

    /** A value and the index of the line after it. */
    private record Value(String text, int next) {
    }

    private static List<String> lines(String message) {
        return List.of(message.replace("\r\n", "\n").split("\n", -1));
    }

    private static int onlyLineStartingWith(List<String> lines, String prefix) {
        return only(lines, line -> line.startsWith(prefix));
    }

    private static int onlyLine(List<String> lines, String text) {
        return only(lines, text::equals);
    }

    private static int onlyLineMatching(List<String> lines, Pattern pattern) {
        return only(lines, line -> pattern.matcher(line).matches());
    }

    /** The index of the one line that passes, or -1 when none or several do. */
    private static int only(List<String> lines, Predicate<String> test) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** The index of the one occurrence of {@code part} in {@code text} (overlaps counted), or -1. */
    private static int onlyIndexOf(String text, String part) {
        int first = text.indexOf(part);
        return first >= 0 && text.indexOf(part, first + 1) < 0 ? first : -1;
    }
}
