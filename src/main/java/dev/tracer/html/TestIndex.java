package dev.tracer.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The list of every test as the page's script reads it: compact JSON, each class, module, tag set and skip reason
 * once in a table and the rows pointing into them, so 85,000 tests stay a few megabytes. A row is
 * {@code [name, class, method, module, line, state, duration_ms, tags, reason, detail]}: {@code name} is empty when
 * it is {@code method()}, {@code state} an index into {@link #STATES}, {@code detail} the number of the test's
 * rendered {@code <details id="d-N">} or -1. Rows are in the order the page lists them: problems first.
 */
final class TestIndex {
    static final List<String> STATES = List.of("failed", "invalid", "flaky", "skipped", "passed");

    /** One test of the list: its JSON and the number of its rendered detail, or -1. */
    record Entry(JsonNode test, String state, int detail) {
    }

    private TestIndex() {
    }

    /** Entries ordered by state ({@link #STATES} order), then as the document orders them. */
    static List<Entry> ordered(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(java.util.Comparator.comparingInt(e -> STATES.indexOf(e.state())));
        return sorted;
    }

    /** The JSON, safe inside {@code <script type="application/json">}: no {@code <} appears in it. */
    static String json(List<Entry> ordered) {
        Table classes = new Table();
        List<String> files = new ArrayList<>(); // the file of each class, by the class's position
        Table modules = new Table();
        Table tags = new Table();
        Table reasons = new Table();
        StringWriter out = new StringWriter(ordered.size() * 48 + 1024);
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("rows");
            for (Entry e : ordered) {
                JsonNode t = e.test();
                String method = t.path("method").asText("");
                String name = t.path("name").asText("");
                String className = t.path("class").asText("");
                int c = classes.index(className);
                if (c == files.size()) {
                    files.add(t.path("file").asText(""));
                }
                g.writeStartArray();
                g.writeString(name.equals(method + "()") ? "" : name);
                g.writeNumber(c);
                g.writeString(method);
                g.writeNumber(modules.index(t.path("module").asText("")));
                g.writeNumber(t.path("line").asInt(0));
                g.writeNumber(STATES.indexOf(e.state()));
                g.writeNumber(t.path("duration_ms").asLong());
                g.writeNumber(tags.index(join(t.path("tags"))));
                String reason = t.path("skip_reason").asText(null);
                g.writeNumber(reason == null ? -1 : reasons.index(reason));
                g.writeNumber(e.detail());
                g.writeEndArray();
            }
            g.writeEndArray();
            write(g, "classes", classes.values);
            write(g, "files", files);
            write(g, "modules", modules.values);
            write(g, "tags", tags.values);
            write(g, "reasons", reasons.values);
            write(g, "states", STATES);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().replace("<", "\\u003c");
    }

    private static String join(JsonNode tags) {
        List<String> all = new ArrayList<>();
        tags.forEach(t -> all.add(t.asText()));
        return String.join(" ", all);
    }

    private static void write(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Distinct strings in first-seen order. */
    private static final class Table {
        final List<String> values = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();

        int index(String value) {
            Integer i = index.get(value);
            if (i == null) {
                i = values.size();
                values.add(value);
                index.put(value, i);
            }
            return i;
        }
    }
}
