package dev.tracer.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tracer.io.AtomicFiles;
import dev.tracer.io.JsonFormat;
import dev.tracer.model.TestDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS and script, no network) built from a test document
 * alone. The summary, failures, flaky and skipped tests, coverage and the slowest tests are plain HTML; the list of
 * every test, with search and filters, is drawn by the page's script from compact JSON embedded in the page.
 *
 * <pre>{@code
 * HtmlReport.write(document, executionRoot, executionRoot.resolve("target/tracer/report.html"));
 * }</pre>
 */
public final class HtmlReport {
    /** Failures rendered in full; past that, report.json has them (a page of thousands of stacks helps no one). */
    static final int MAX_DETAILS = 500;

    private HtmlReport() {
    }

    /**
     * The page beside a document file, named after it: {@code target/tracer/report.json} →
     * {@code target/tracer/report.html} (with {@code -Dtracer.output=out/run1.json}, {@code out/run1.html}).
     */
    public static Path besides(Path documentFile) {
        String name = documentFile.getFileName().toString();
        return documentFile.resolveSibling((name.endsWith(".json") ? name.substring(0, name.length() - 5) : name)
                + ".html");
    }

    /**
     * Writes the page atomically.
     *
     * @param sourceRoot the directory the document's paths are relative to (where Maven ran), to show the lines
     *                   around a failing line; null to show the document's line alone
     */
    public static void write(TestDocument document, Path sourceRoot, Path file) throws IOException {
        write(JsonFormat.MAPPER.valueToTree(document), sourceRoot, file);
    }

    public static void write(JsonNode document, Path sourceRoot, Path file) throws IOException {
        AtomicFiles.writeString(file, render(document, sourceRoot));
    }

    /** The page's text. The same document and source tree give the same page. */
    public static String render(JsonNode document, Path sourceRoot) {
        TestDetail detail = new TestDetail(new SourceContext(sourceRoot));
        JsonNode summary = document.path("summary");
        // Every failed, invalid and flaky test gets its <details id="d-N"> (up to MAX_DETAILS); the list points at it.
        List<TestIndex.Entry> entries = new ArrayList<>();
        Html failures = new Html(64 * 1024);
        int details = 0;
        for (JsonNode test : document.path("tests")) {
            String state = test.path("state").asText();
            int id = -1;
            if (("failed".equals(state) || "invalid".equals(state)) && details < MAX_DETAILS) {
                id = details++;
                Sections.detailElement(failures, detail, test, id, false, id == 0);
            }
            entries.add(new TestIndex.Entry(test, state, id));
        }
        int failureDetails = details;
        Html flaky = new Html(8 * 1024);
        for (JsonNode test : document.path("flaky")) {
            int id = details < MAX_DETAILS ? details++ : -1;
            if (id >= 0) {
                Sections.detailElement(flaky, detail, test, id, true, false);
            }
            entries.add(new TestIndex.Entry(test, "flaky", id));
        }
        List<TestIndex.Entry> all = TestIndex.ordered(entries);

        Html h = new Html(all.size() * 64 + failures.length() + 64 * 1024);
        boolean passed = "passed".equals(summary.path("result").asText());
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"color-scheme\" content=\"light dark\">"
                + "<link rel=\"icon\" href=\"data:,\"><title>")
                .text((passed ? "Passed" : "Failed") + " · Tracer report").raw("</title><style>")
                .raw(resource("report.css")).raw("</style></head><body>");
        h.raw("<a class=\"skip\" href=\"#failures\">Skip to failures</a>");
        h.raw("<header><h1>Tracer report</h1>");
        Sections.summary(h, document, all.size());
        h.raw("</header>");
        Sections.nav(h, document, all.size());
        h.raw("<main>");
        Sections.failures(h, document, detail, failures, failureDetails);
        Sections.flaky(h, document, flaky);
        Sections.skipped(h, document);
        Sections.coverage(h, document.path("coverage"));
        Sections.slowest(h, all);
        Sections.testList(h, all);
        h.raw("</main><footer><p>Written by Tracer from the test document alone; ")
                .raw("<code>report.json</code> beside this page has every field.</p></footer>");
        h.raw("<script type=\"application/json\" id=\"tracer-data\">").raw(TestIndex.json(all)).raw("</script>");
        h.raw("<script>").raw(resource("report.js")).raw("</script></body></html>\n");
        return h.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("dev/tracer/html/" + name + " is missing from the plugin jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
