package dev.tracer.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON against the schemas the plugin ships ({@code dev/tracer/schema/*.schema.json}). Used by the unit
 * tests and, through the invoker's test class path, by every IT's verify script, so the schemas cannot drift from
 * what the plugin prints.
 */
public final class Schemas {
    public static final String TEST_DOCUMENT = "test-document";
    public static final String COMPACT_LINE = "compact-line";
    public static final String STREAM_EVENT = "stream-event";
    public static final String SCENARIO_REPORT = "scenario-report";
    public static final String STDOUT_DOCUMENT = "stdout-document";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /** The schema's complaints about {@code json}, one line each with the JSON path; empty when it is valid. */
    public static List<String> errors(String schema, String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        return load(schema).validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonSchema load(String name) {
        return LOADED.computeIfAbsent(name, n -> {
            URL url = Schemas.class.getResource("/dev/tracer/schema/" + n + ".schema.json");
            if (url == null) {
                throw new IllegalArgumentException("no schema named " + n + " under dev/tracer/schema/");
            }
            try {
                // Loaded by URI so that relative $refs (compact-line -> test-document) resolve to the sibling file.
                return FACTORY.getSchema(url.toURI());
            } catch (URISyntaxException e) {
                throw new UncheckedIOException(new IOException(e));
            }
        });
    }
}
