package dev.tracer.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tracer.model.TestCase;
import dev.tracer.io.AtomicFiles;
import dev.tracer.io.JsonFormat;
import dev.tracer.model.TestDocument;
import java.util.List;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads and writes the document. The text is the same on stdout and in the file: two-space indent, LF, final LF. */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonFormat.MAPPER;
    private static final ObjectWriter WRITER = JsonFormat.PRETTY;

    private ReportJson() {
    }

    /**
     * Builds the document's serializers without writing anything: a cold JVM takes a tenth of a second to set them up.
     * For a caller with an idle thread while the tests run.
     */
    public static void warmUp() {
        WRITER.forType(TestDocument.class);
    }

    public static String write(TestDocument document) {
        try {
            return WRITER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The compact view ({@code tracer.compact}): one JSON line per test the document shows, with short keys
     * ({@code f} = "file:line", {@code n} = name, {@code s} = state, {@code e} = the first line of the first failure's
     * message, {@code x} = true when filtered), then with coverage {@code {"coverage":{...totals}}}, then
     * {@code {"summary":{...}}}.
     */
    public static String compact(TestDocument document) {
        StringBuilder lines = new StringBuilder();
        try {
            for (TestCase test : document.tests() == null ? List.<TestCase>of() : document.tests()) {
                ObjectNode line = MAPPER.createObjectNode();
                line.put("f", (test.file() == null ? test.className() : test.file())
                        + (test.line() == null ? "" : ":" + test.line()));
                line.put("n", test.name());
                line.put("s", test.state().json());
                String first = ErrorGroups.firstLine(test.firstMessage());
                if (first != null) {
                    line.put("e", first);
                }
                if (Boolean.TRUE.equals(test.filtered())) {
                    line.put("x", true);
                }
                lines.append(MAPPER.writeValueAsString(line)).append('\n');
            }
            if (document.coverage() != null) {
                // The totals only: the classes are in the report file.
                ObjectNode totals = MAPPER.valueToTree(document.coverage());
                totals.remove("classes");
                ObjectNode coverage = MAPPER.createObjectNode();
                coverage.set("coverage", totals);
                lines.append(MAPPER.writeValueAsString(coverage)).append('\n');
            }
            ObjectNode summary = MAPPER.createObjectNode();
            summary.set("summary", MAPPER.valueToTree(document.summary()));
            lines.append(MAPPER.writeValueAsString(summary)).append('\n');
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return lines.toString();
    }

    /** {@code {"type":"suite:start"}}: the first line of a stream ({@code tracer.streaming}). */
    public static String suiteStart() {
        return event("suite:start", null);
    }

    /**
     * {@code {"type":"test:pass"|"test:fail"|"test:skip", ...the test's fields as in the document}}; {@code test:fail}
     * for failed and invalid tests.
     */
    public static String testEvent(TestCase test) {
        String type = switch (test.state()) {
            case PASSED -> "test:pass";
            case SKIPPED -> "test:skip";
            case FAILED, INVALID -> "test:fail";
        };
        return event(type, MAPPER.valueToTree(test));
    }

    /** {@code {"type":"suite:end","summary":{...}}}: the last line of a stream. */
    public static String suiteEnd(TestDocument document) {
        ObjectNode fields = MAPPER.createObjectNode();
        fields.set("summary", MAPPER.valueToTree(document.summary()));
        return event("suite:end", fields);
    }

    private static String event(String type, ObjectNode fields) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("type", type);
        if (fields != null) {
            line.setAll(fields);
        }
        try {
            return MAPPER.writeValueAsString(line) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestDocument read(String json) {
        try {
            return MAPPER.readValue(json, TestDocument.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes through a temporary file in the same directory, so a reader never sees half a document. */
    public static void writeFile(Path file, String json) throws IOException {
        AtomicFiles.writeString(file, json);
    }
}
