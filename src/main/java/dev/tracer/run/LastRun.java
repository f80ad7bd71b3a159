package dev.tracer.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.TestCase;
import java.io.IOException;
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

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** One test, by the id the listener gave it (a Platform unique id, {@code junit4:Class#method}, {@code xml:...}). */
    public record Entry(String id, @JsonProperty("class") String className, String method, String name) {
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
        try {
            return MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), LastRun.class);
        } catch (IOException | RuntimeException e) {
            warnings.accept("Ignored the unreadable record of the previous run " + file + ": " + e.getMessage());
            return NONE;
        }
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, MAPPER.writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
    }

    public List<String> ids() {
        return failed.stream().map(Entry::id).toList();
    }

    /**
     * A value for Surefire's {@code test} parameter that covers these tests: their top-level classes (the unique-id
     * filter in the listener jar then picks the exact tests on the JUnit Platform), or {@code Class#m1+m2} for tests
     * of Surefire's JUnit 4 provider, which that filter does not reach.
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
            if (entry.id().startsWith("junit4:") && entry.method() != null) {
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
