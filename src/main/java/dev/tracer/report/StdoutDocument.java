package dev.tracer.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tracer.io.JsonFormat;
import dev.tracer.model.TestDocument;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code tracer:test-json} prints on stdout: by default the lean document ({@link LeanView}: each fact once,
 * failures with one root cause grouped) on one line, cut to a budget ({@link Budget}); with {@code tracer.verbose} the
 * full document, as in the report file. The report file is written from {@link ReportJson#write} and never cut.
 */
public final class StdoutDocument {
    /** Keys first in this order: what the reader needs before the tests. */
    private static final List<String> FIRST = List.of("version", "summary", "truncated", "causes");

    private StdoutDocument() {
    }

    /**
     * @param document   the document of the run, as the report file has it
     * @param options    verbose, pretty, budget
     * @param reportFile the report file, relative to the directory Maven ran in, for the {@code truncated} note
     */
    public static String render(TestDocument document, StdoutOptions options, String reportFile) {
        ObjectNode shown = options.verbose() ? JsonFormat.MAPPER.valueToTree(document) : lean(document);
        java.util.function.Function<ObjectNode, String> write = doc -> write(doc, options.pretty());
        if (options.budget() == 0) {
            return write.apply(shown);
        }
        return Budget.fit(shown, options.verbose() ? () -> lean(document) : null, write, options.budget(),
                reportFile);
    }

    /** The lean document, keys in reading order. */
    static ObjectNode lean(TestDocument document) {
        return ordered(LeanView.of(document));
    }

    static ObjectNode ordered(ObjectNode doc) {
        ObjectNode ordered = JsonFormat.MAPPER.createObjectNode();
        for (String key : FIRST) {
            if (doc.get(key) != null) {
                ordered.set(key, doc.get(key));
            }
        }
        doc.fields().forEachRemaining(field -> {
            if (!FIRST.contains(field.getKey())) {
                ordered.set(field.getKey(), field.getValue());
            }
        });
        return ordered;
    }

    static String write(JsonNode doc, boolean pretty) {
        try {
            return (pretty ? JsonFormat.PRETTY : JsonFormat.MAPPER.writer()).writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The compact view ({@code tracer.compact}, JSON Lines) within a budget: test lines are dropped from the end, and a
     * {@code {"truncated":{...}}} line before the summary says how many.
     */
    public static String compact(TestDocument document, StdoutOptions options, String reportFile) {
        String all = ReportJson.compact(document);
        if (options.budget() == 0 || Budget.bytes(all) <= options.budget()) {
            return all;
        }
        List<String> lines = new ArrayList<>(all.lines().toList());
        int tests = document.tests() == null ? 0 : document.tests().size();
        List<String> testLines = new ArrayList<>(lines.subList(0, tests));
        List<String> rest = lines.subList(tests, lines.size());
        int dropped = 0;
        int failedDropped = 0;
        String text;
        do {
            if (!testLines.isEmpty()) {
                testLines.remove(testLines.size() - 1);
                dropped++;
                if (document.tests().get(testLines.size()).state().isProblem()) {
                    failedDropped++;
                }
            }
            ObjectNode note = Budget.note(options.budget(), Budget.bytes(all), List.of("tests"), failedDropped, 0,
                    reportFile);
            if (dropped > failedDropped) {
                note.put("others_omitted", dropped - failedDropped);
            }
            ObjectNode line = JsonFormat.MAPPER.createObjectNode();
            line.set("truncated", note);
            StringBuilder out = new StringBuilder();
            testLines.forEach(l -> out.append(l).append('\n'));
            out.append(write(line, false));
            rest.forEach(l -> out.append(l).append('\n'));
            text = out.toString();
        } while (Budget.bytes(text) > options.budget() && !testLines.isEmpty());
        return text;
    }
}
