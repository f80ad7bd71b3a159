package dev.tracer.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The events a listener wrote to a directory, parsed the way Tracer's reader parses them (Jackson). */
final class Events {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    final List<JsonNode> all;

    private Events(List<JsonNode> all) {
        this.all = all;
    }

    static Events read(Path dir) {
        List<JsonNode> events = new ArrayList<>();
        for (Path file : files(dir)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    events.add(MAPPER.readTree(line));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Events(events);
    }

    static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("events-\\d+-[0-9a-f]+\\.jsonl"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> types() {
        return all.stream().map(e -> e.get("type").asText()).collect(Collectors.toList());
    }

    List<JsonNode> ofType(String type) {
        return all.stream().filter(e -> type.equals(e.get("type").asText())).collect(Collectors.toList());
    }

    /** The single event of this type whose {@code name} is {@code name}. */
    JsonNode one(String type, String name) {
        List<JsonNode> found = ofType(type).stream()
                .filter(e -> e.has("name") && name.equals(e.get("name").asText()))
                .collect(Collectors.toList());
        assertEquals(1, found.size(), () -> type + " named " + name + " in " + all);
        return found.get(0);
    }

    JsonNode finished(String name) {
        return one("test_finished", name);
    }

    JsonNode only(String type) {
        List<JsonNode> found = ofType(type);
        assertEquals(1, found.size(), () -> type + " in " + all);
        return found.get(0);
    }

    static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.toList());
    }

    static List<String> field(JsonNode array, String name) {
        return StreamSupport.stream(array.spliterator(), false).map(e -> e.get(name).asText())
                .collect(Collectors.toList());
    }
}
