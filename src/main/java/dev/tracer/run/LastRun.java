package dev.tracer.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.TestCase;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The tests that failed or were invalid in a module's previous run, kept in {@code target/tracer/last-run.json} so
 * that {@code tracer.failed} can run exactly those.
 */
public record LastRun(List<Entry> failed) {
    public static final String FILE = "last-run.json";
    public static final LastRun NONE = new LastRun(List.of());

    /**
     * Jackson's streaming API, not an ObjectMapper: this file is read before the tests start, where the half second a
     * cold JVM takes to set up databind would delay the run (measured on bench/cover-vs-jacoco.sh's project).
     */
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * One test, by the id the listener gave it (a Platform unique id, {@code junit4:Class#method},
     * {@code testng:Class#method[row]}, {@code xml:...}).
     */
    public record Entry(String id, String className, String method, String name) {
    }

    public LastRun {
        failed = failed == null ? List.of() : List.copyOf(failed);
    }

    public static LastRun of(ModuleResult result) {
        return new LastRun(result.tests().stream()
                .filter(t -> t.state().isProblem() && t.id() != null)
                .sorted(Comparator.comparing(TestCase::id))
                .map(t -> new Entry(t.id(), t.className(), t.method(), t.name()))
                .toList());
    }

    /** The previous run, or {@link #NONE} when there was none; an unreadable file is reported and counts as none. */
    public static LastRun read(Path file, Consumer<String> warnings) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try (JsonParser parser = JSON.createParser(Files.readAllBytes(file))) {
            return parse(parser);
        } catch (IOException | RuntimeException e) {
            warnings.accept("Ignored the unreadable record of the previous run " + file + ": " + e.getMessage());
            return NONE;
        }
    }

    /** {@code {"failed": [{"id", "class", "method", "name"}...]}}; other members are skipped. */
    private static LastRun parse(JsonParser parser) throws IOException {
        expect(parser.nextToken(), JsonToken.START_OBJECT, parser);
        List<Entry> failed = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String member = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!"failed".equals(member) || value == JsonToken.VALUE_NULL) {
                parser.skipChildren();
                continue;
            }
            expect(value, JsonToken.START_ARRAY, parser);
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> fields = new TreeMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.VALUE_STRING) {
                        fields.put(name, parser.getText());
                    } else {
                        parser.skipChildren();
                    }
                }
                failed.add(new Entry(fields.get("id"), fields.get("class"), fields.get("method"), fields.get("name")));
            }
            expect(parser.currentToken(), JsonToken.END_ARRAY, parser);
        }
        expect(parser.currentToken(), JsonToken.END_OBJECT, parser);
        return new LastRun(failed);
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser parser) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual + " at " + parser.currentLocation());
        }
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeArrayFieldStart("failed");
            for (Entry entry : failed) {
                json.writeStartObject();
                json.writeStringField("id", entry.id());
                json.writeStringField("class", entry.className());
                json.writeStringField("method", entry.method());
                json.writeStringField("name", entry.name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            out.write('\n');
        }
    }

    public List<String> ids() {
        return failed.stream().map(Entry::id).toList();
    }

    /**
     * A value for Surefire's {@code test} parameter that covers these tests: their top-level classes (the unique-id
     * filter in the listener jar then picks the exact tests on the JUnit Platform), or {@code Class#m1+m2} for tests
     * of Surefire's JUnit 4 and TestNG providers, which that filter does not reach (on TestNG, the listener jar's data
     * provider interceptor then keeps only the selected rows of a data-driven method).
     */
    public String surefireTestFilter() {
        Map<String, TreeSet<String>> methodsByClass = new TreeMap<>();
        TreeSet<String> wholeClasses = new TreeSet<>();
        for (Entry entry : failed) {
            if (entry.className() == null) {
                continue;
            }
            String topLevel = entry.className().contains("$")
                    ? entry.className().substring(0, entry.className().indexOf('$')) : entry.className();
            if ((entry.id().startsWith("junit4:") || entry.id().startsWith("testng:")) && entry.method() != null) {
                methodsByClass.computeIfAbsent(entry.className(), c -> new TreeSet<>()).add(entry.method());
            } else {
                wholeClasses.add(topLevel);
            }
        }
        List<String> patterns = new ArrayList<>(wholeClasses);
        methodsByClass.forEach((cls, methods) -> {
            if (!wholeClasses.contains(cls)) {
                patterns.add(cls + "#" + String.join("+", methods));
            }
        });
        return String.join(",", patterns);
    }
}
