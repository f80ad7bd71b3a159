package dev.tracer.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tracer.io.JsonFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Groups failed tests that share a root cause: the same exception type, the same normalized message (first line;
 * numbers, quoted text and qualified names replaced) and the same top frame. A cause shared by at least
 * {@value #GROUP_MIN} tests is told once, in {@code causes}; the first of its tests keeps its detail, the others shrink
 * to who they are and their failing line, with {@code cause} naming the entry of {@code causes}.
 */
final class RootCauses {
    static final int GROUP_MIN = 3;

    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|<[^<>]*>");
    private static final Pattern QUALIFIED = Pattern.compile("\\b[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*){2,}\\b");
    private static final Pattern HEX = Pattern.compile("\\b0x[0-9a-fA-F]+\\b|@[0-9a-f]{4,}\\b");
    private static final Pattern NUMBER = Pattern.compile("-?\\b\\d+(?:\\.\\d+)?\\b");

    private RootCauses() {
    }

    /** Adds {@code causes} to a lean document and shrinks the grouped tests after the first of each cause. */
    static void group(ObjectNode doc) {
        if (!(doc.get("tests") instanceof ArrayNode tests)) {
            return;
        }
        Map<String, List<ObjectNode>> byCause = new LinkedHashMap<>();
        for (JsonNode node : tests) {
            ObjectNode test = (ObjectNode) node;
            String key = key(test);
            if (key != null) {
                byCause.computeIfAbsent(key, k -> new ArrayList<>()).add(test);
            }
        }
        List<List<ObjectNode>> groups = new ArrayList<>(byCause.values().stream()
                .filter(g -> g.size() >= GROUP_MIN).toList());
        if (groups.isEmpty()) {
            return;
        }
        groups.sort(Comparator.<List<ObjectNode>>comparingInt(List::size).reversed()
                .thenComparing(g -> key(g.get(0))));
        ArrayNode causes = JsonFormat.MAPPER.createArrayNode();
        Map<ObjectNode, ObjectNode> replaced = new java.util.IdentityHashMap<>();
        int id = 0;
        for (List<ObjectNode> group : groups) {
            id++;
            ObjectNode first = group.get(0);
            JsonNode failure = first.path("failures").path(0);
            ObjectNode cause = causes.addObject();
            cause.put("cause", id);
            cause.put("count", group.size());
            cause.put("type", LeanView.text(failure, "type"));
            cause.put("message", ErrorGroups.firstLine(LeanView.text(failure, "message")));
            if (failure.path("at").size() > 0) {
                cause.set("at", failure.path("at").get(0));
            }
            first.put("cause", id);
            for (ObjectNode member : group.subList(1, group.size())) {
                replaced.put(member, member(member, id));
            }
        }
        for (int i = 0; i < tests.size(); i++) {
            ObjectNode slim = replaced.get(tests.get(i));
            if (slim != null) {
                tests.set(i, slim);
            }
        }
        doc.set("causes", causes);
    }

    /** A grouped test after the first: who it is, where it failed, and its cause. */
    static ObjectNode member(ObjectNode test, int cause) {
        ObjectNode slim = Identity.of(test);
        slim.put("cause", cause);
        JsonNode failure = test.path("failures").path(0);
        ObjectNode at = slim.putArray("failures").addObject();
        for (String field : List.of("file", "line")) {
            if (failure.get(field) != null) {
                at.set(field, failure.get(field));
            }
        }
        return slim; // no rerun: a test in `tests` that was rerun failed again, as the first of its cause did
    }

    /** The root cause of a failed test, or null when it has none to share (filtered, no failure). */
    static String key(ObjectNode test) {
        String state = LeanView.text(test, "state");
        if (!"failed".equals(state) && !"invalid".equals(state) || test.get("filtered") != null) {
            return null;
        }
        JsonNode failure = test.path("failures").path(0);
        if (failure.isMissingNode()) {
            return null;
        }
        return LeanView.text(failure, "type") + "\n" + normalize(LeanView.text(failure, "message")) + "\n"
                + failure.path("at").path(0).asText("");
    }

    /** The first line of a message with what varies from test to test replaced: quoted text, names, numbers. */
    static String normalize(String message) {
        String line = ErrorGroups.firstLine(message);
        if (line == null) {
            return "";
        }
        line = QUOTED.matcher(line).replaceAll("<v>");
        line = QUALIFIED.matcher(line).replaceAll("<name>");
        line = HEX.matcher(line).replaceAll("<hex>");
        return NUMBER.matcher(line).replaceAll("<n>");
    }
}
