package dev.tracer.scenario.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.tracer.io.AtomicFiles;
import dev.tracer.io.JsonFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads and writes {@code scenarios.json}: snake_case, two-space indent, LF, final LF, null fields absent. */
public final class ScenarioJson {

    public static final String FILE = "scenarios.json";

    private static final ObjectMapper MAPPER = JsonFormat.MAPPER;
    private static final ObjectWriter WRITER = JsonFormat.PRETTY;

    private ScenarioJson() {
    }

    /** Builds the report's serializers without writing anything; see {@code ReportJson.warmUp}. */
    public static void warmUp() {
        WRITER.forType(ScenarioReport.class);
    }

    public static String write(ScenarioReport report) {
        try {
            return WRITER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ScenarioReport read(String json) {
        try {
            return MAPPER.readValue(json, ScenarioReport.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams the report to {@code file} (through a temporary file in the same directory, so a reader never sees
     * half a report) without building it as one string: a large suite's report can be hundreds of megabytes.
     */
    public static void writeFile(Path file, ScenarioReport report) throws IOException {
        AtomicFiles.write(file, out -> {
            java.io.OutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
            WRITER.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(buffered, report);
            buffered.write('\n');
            buffered.flush();
        });
    }
}
