package dev.tracer.report;

import dev.tracer.model.ErrorGroup;
import dev.tracer.model.TestCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups failures by the first line of their message, so that one cause failing fifty tests reads as one line. */
final class ErrorGroups {
    static final int PATTERN_LIMIT = 200;
    static final String UNKNOWN = "(unknown error)";

    private ErrorGroups() {
    }

    /**
     * @param problems failed and invalid tests in document order; filtered ones are left out of the groups
     */
    static List<ErrorGroup> of(List<TestCase> problems) {
        Map<String, List<TestCase>> byPattern = new LinkedHashMap<>();
        for (TestCase test : problems) {
            if (!Boolean.TRUE.equals(test.filtered())) {
                byPattern.computeIfAbsent(pattern(test.firstMessage()), p -> new ArrayList<>()).add(test);
            }
        }
        List<ErrorGroup> groups = new ArrayList<>();
        byPattern.forEach((pattern, tests) -> {
            TestCase first = tests.get(0);
            groups.add(new ErrorGroup(pattern, tests.size(),
                    new ErrorGroup.Example(first.name(), first.className(), first.file(), first.line())));
        });
        groups.sort(Comparator.comparingInt(ErrorGroup::count).reversed().thenComparing(ErrorGroup::pattern));
        return groups;
    }

    /** The first non-blank line of a message, trimmed and cut at {@value #PATTERN_LIMIT} characters. */
    static String pattern(String message) {
        String line = firstLine(message);
        if (line == null) {
            return UNKNOWN;
        }
        return line.length() <= PATTERN_LIMIT ? line : line.substring(0, PATTERN_LIMIT);
    }

    /** The first non-blank line, trimmed; null when there is none. (AssertJ's messages start with a newline.) */
    static String firstLine(String message) {
        if (message == null) {
            return null;
        }
        for (String line : message.split("\\R")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return null;
    }
}
