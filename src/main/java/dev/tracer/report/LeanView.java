package dev.tracer.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tracer.io.JsonFormat;
import dev.tracer.model.Step;
import dev.tracer.model.TestDocument;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lean form of the document that stdout shows by default: what an agent acts on, each fact once. The report file
 * keeps the full form. Per test:
 *
 * <ul>
 *   <li>{@code id}, {@code duration_ms} and empty {@code tags} go; {@code module} goes when the document has one
 *       module; {@code method} goes when the name is the method's ({@code m} or {@code m()});</li>
 *   <li>a failure keeps kind, type, message (the first {@value #MESSAGE_LINES} lines, at most
 *       {@value #TEXT_LIMIT} characters), expected and actual (as long), line, source, and the top
 *       {@value #FRAMES} frames as {@code "Class.method(File.java:12)"} strings in {@code at}, with
 *       {@code more_frames} counting the rest; its {@code file} goes when it is the test's own;</li>
 *   <li>{@code output} keeps its last {@value #OUTPUT_LIMIT} characters;</li>
 *   <li>{@code steps} are compact ({@code line}, {@code status}, {@code kind}, {@code call}: the call as written): the
 *       failing one and at most {@value #STEPS_BEFORE} before it of the same type (the test body's calls before a
 *       failing call, so not the field initializers every test of the class ran); {@code steps_omitted} counts the
 *       others (the whole flow is in the report file and in {@code scenarios.json});</li>
 *   <li>a confirmed rerun whose failure is the first one again (same type, message and line) is
 *       {@code {"state":"failed","same_failure":true}}.</li>
 * </ul>
 * {@code scenarios.uncovered_node_ids} becomes {@code uncovered_nodes}, their count (the list is in the scenario
 * report). {@code timing} goes, as the tests' {@code duration_ms} do: wall-clock figures are in the report file (and
 * on stdout with {@code tracer.verbose}). Failures with one root cause are then grouped ({@link RootCauses}).
 */
final class LeanView {
    static final int MESSAGE_LINES = 5;
    static final int TEXT_LIMIT = 400;
    static final int FRAMES = 3;
    static final int OUTPUT_LIMIT = 400;
    static final int STEPS_BEFORE = 4;

    private LeanView() {
    }

    static ObjectNode of(TestDocument document) {
        ObjectNode doc = JsonFormat.MAPPER.valueToTree(document);
        doc.remove("timing");
        boolean oneModule = modules(doc).size() <= 1;
        for (String list : List.of("tests", "flaky")) {
            if (doc.get(list) instanceof ArrayNode tests) {
                for (JsonNode test : tests) {
                    leanTest((ObjectNode) test, oneModule);
                }
            }
        }
        if (doc.get("class_failures") instanceof ArrayNode classFailures) {
            for (JsonNode classFailure : classFailures) {
                leanFailures((ObjectNode) classFailure, text(classFailure, "file"));
            }
        }
        if (doc.get("scenarios") instanceof ObjectNode scenarios && scenarios.get("uncovered_node_ids") != null) {
            // The list is in the scenario report the document names.
            scenarios.put("uncovered_nodes", scenarios.remove("uncovered_node_ids").size());
        }
        RootCauses.group(doc);
        return doc;
    }

    private static Set<String> modules(ObjectNode doc) {
        Set<String> modules = new HashSet<>();
        for (String list : List.of("tests", "flaky", "class_failures")) {
            if (doc.get(list) instanceof ArrayNode entries) {
                entries.forEach(e -> modules.add(text(e, "module")));
            }
        }
        return modules;
    }

    static void leanTest(ObjectNode test, boolean oneModule) {
        test.remove("id");
        test.remove("duration_ms");
        if (test.path("tags").isEmpty()) {
            test.remove("tags");
        }
        if (oneModule) {
            test.remove("module");
        }
        String method = text(test, "method");
        String name = text(test, "name");
        if (method != null && (method.equals(name) || (method + "()").equals(name))) {
            test.remove("method"); // the name says it
        }
        String file = text(test, "file");
        JsonNode first = test.path("failures").path(0);
        String firstKey = failureKey(first);
        leanFailures(test, file);
        if (test.get("output") != null) {
            test.put("output", tail(test.get("output").asText(), OUTPUT_LIMIT));
        }
        if (test.get("steps") instanceof ArrayNode steps) {
            Integer failingLine = first.path("line").isNumber() ? first.path("line").asInt() : null;
            compactSteps(test, steps, failingLine);
        }
        if (test.get("rerun") instanceof ObjectNode rerun) {
            rerun.remove("duration_ms");
            JsonNode again = rerun.path("failures").path(0);
            if (firstKey != null && firstKey.equals(failureKey(again))
                    && rerun.path("failures").size() == test.path("failures").size()) {
                ObjectNode same = JsonFormat.MAPPER.createObjectNode();
                same.set("state", rerun.get("state"));
                same.put("same_failure", true);
                test.set("rerun", same);
            } else {
                leanFailures(rerun, file);
                if (rerun.get("output") != null) {
                    rerun.put("output", tail(rerun.get("output").asText(), OUTPUT_LIMIT));
                }
            }
        }
    }

    /** What makes two failures the same one: type, message and where it happened. */
    static String failureKey(JsonNode failure) {
        if (failure == null || failure.isMissingNode() || failure.isNull()) {
            return null;
        }
        return text(failure, "type") + "\n" + text(failure, "message") + "\n" + text(failure, "file") + ":"
                + text(failure, "line") + "\n" + failure.path("stacktrace").path(0);
    }

    private static void leanFailures(ObjectNode owner, String ownFile) {
        if (!(owner.get("failures") instanceof ArrayNode failures)) {
            return;
        }
        for (JsonNode node : failures) {
            ObjectNode failure = (ObjectNode) node;
            if (failure.get("message") != null) {
                failure.put("message", head(failure.get("message").asText()));
            }
            for (String value : List.of("expected", "actual")) {
                if (failure.get(value) != null) {
                    failure.put(value, cut(failure.get(value).asText(), TEXT_LIMIT));
                }
            }
            if (ownFile != null && ownFile.equals(text(failure, "file"))) {
                failure.remove("file");
            }
            JsonNode stack = failure.remove("stacktrace");
            if (stack != null && !stack.isEmpty()) {
                ArrayNode at = failure.putArray("at");
                for (int i = 0; i < Math.min(FRAMES, stack.size()); i++) {
                    at.add(frame(stack.get(i)));
                }
                if (stack.size() > FRAMES) {
                    failure.put("more_frames", stack.size() - FRAMES);
                }
            }
        }
    }

    /** {@code Class.method(File.java:12)}, as a Java stack trace prints a frame. */
    static String frame(JsonNode frame) {
        String file = text(frame, "file");
        String line = text(frame, "line");
        return text(frame, "class") + "." + text(frame, "method") + "("
                + (file == null ? "Unknown Source" : file + (line == null ? "" : ":" + line)) + ")";
    }

    private static void compactSteps(ObjectNode test, ArrayNode steps, Integer failingLine) {
        int failing = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (Step.FAILED.equals(text(steps.get(i), "status"))) {
                failing = i;
                break;
            }
        }
        if (failing < 0 && failingLine != null) {
            // No step knows it failed (the status comes from the failing line): the last one at or above it.
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).path("line").asInt(Integer.MAX_VALUE) <= failingLine) {
                    failing = i;
                }
            }
        }
        int end = failing < 0 ? steps.size() - 1 : failing;
        // The steps that led to it: those of the test's body before a failing call (field initializers and set-up
        // ran for every test of the class and are in the report file), the set-up before a failing set-up step.
        String type = text(steps.get(end), "type");
        List<JsonNode> kept = new java.util.ArrayList<>();
        for (int i = end - 1; i >= 0 && kept.size() < STEPS_BEFORE; i--) {
            if (type == null || type.equals(text(steps.get(i), "type"))) {
                kept.add(0, steps.get(i));
            }
        }
        kept.add(steps.get(end));
        ArrayNode compact = JsonFormat.MAPPER.createArrayNode();
        for (JsonNode step : kept) {
            ObjectNode next = compactStep(step);
            JsonNode previous = compact.isEmpty() ? null : compact.get(compact.size() - 1);
            if (previous != null && previous.path("line").equals(next.path("line"))
                    && previous.path("call").equals(next.path("call"))) {
                compact.remove(compact.size() - 1); // one call seen by two adapters (a construct and an action): once
            }
            compact.add(next);
        }
        test.set("steps", compact);
        int omitted = steps.size() - compact.size();
        if (omitted > 0) {
            test.put("steps_omitted", omitted);
        }
    }

    static ObjectNode compactStep(JsonNode step) {
        ObjectNode compact = JsonFormat.MAPPER.createObjectNode();
        if (step.get("line") != null) {
            compact.set("line", step.get("line"));
        }
        compact.put("status", text(step, "status"));
        compact.put("kind", text(step, "kind"));
        String call = text(step, "source_snippet");
        compact.put("call", cut(call == null ? text(step, "label") : call, TEXT_LIMIT));
        return compact;
    }

    /** The first {@value #MESSAGE_LINES} lines, at most {@value #TEXT_LIMIT} characters, "…" when cut. */
    static String head(String message) {
        String[] lines = message.split("\\R", -1);
        String kept = lines.length <= MESSAGE_LINES ? message
                : String.join("\n", List.of(lines).subList(0, MESSAGE_LINES)) + "\n…";
        return cut(kept, TEXT_LIMIT);
    }

    static String cut(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        return text.substring(0, limit) + "…";
    }

    static String tail(String text, int limit) {
        return text.length() <= limit ? text : "…" + text.substring(text.length() - limit);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
