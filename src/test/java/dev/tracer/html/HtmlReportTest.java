package dev.tracer.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tracer.io.JsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    /** A real document: src/it/test-json-html run with -Dtracer.all -Dtracer.cover (see its invoker.properties). */
    static final String REAL_REPORT = "real-run/report.json";
    /** The directory that run's paths are relative to. */
    static final Path REAL_ROOT = Path.of("src/it/test-json-html");

    static JsonNode realDocument() throws IOException {
        try (InputStream in = HtmlReportTest.class.getResourceAsStream(REAL_REPORT)) {
            return JsonFormat.MAPPER.readTree(in);
        }
    }

    @Test
    void summaryAndFailuresAreInThePageBeforeAnyScriptRuns() throws IOException {
        String page = HtmlReport.render(realDocument(), REAL_ROOT);
        String beforeScript = page.substring(0, page.indexOf("<script"));
        assertTrue(beforeScript.contains("<p class=\"verdict failed\" role=\"status\"><strong>✗ Failed</strong>"),
                "verdict");
        // The failing assertion: message, expected/actual diff with the changed part marked, the line in context.
        assertTrue(beforeScript.contains("expected: &lt;9000&gt; but was: &lt;10000&gt;"), "message");
        assertTrue(beforeScript.contains("<del>− <mark>9</mark>000</del>"), "expected, marked");
        assertTrue(beforeScript.contains("<ins>+ <mark>10</mark>000</ins>"), "actual, marked");
        assertTrue(beforeScript.contains("<span class=\"line failing\">23 ▶         assertEquals(9_000,"
                + " cart.totalCents());</span>"), "failing line in context");
        assertTrue(beforeScript.contains("cart total: 10000"), "output");
        assertTrue(beforeScript.contains("currency support is not written yet"), "skip reason");
        assertTrue(beforeScript.contains("id=\"flaky\""), "flaky section");
        assertTrue(beforeScript.contains("class=\"bar\""), "coverage bars");
        assertTrue(beforeScript.indexOf("discountStartsAtOneHundred") < beforeScript.indexOf("id=\"flaky\""),
                "failures before flaky tests");
    }

    @Test
    void multiLineValuesDiffLineByLine() {
        List<TextDiff.Line> diff = TextDiff.of("RECEIPT\nitem 1\ntotal 1 cents\n", "RECEIPT\nitem 1\ntotal 1\n");
        assertEquals(List.of(
                new TextDiff.Line(TextDiff.Kind.SAME, "RECEIPT", 0, 0),
                new TextDiff.Line(TextDiff.Kind.SAME, "item 1", 0, 0),
                new TextDiff.Line(TextDiff.Kind.EXPECTED, "total 1 cents", 7, 13),
                new TextDiff.Line(TextDiff.Kind.ACTUAL, "total 1", 7, 7),
                new TextDiff.Line(TextDiff.Kind.SAME, "", 0, 0)), diff);
    }

    @Test
    void aLineOnlyOneSideHasIsMarkedWhole() {
        assertEquals(List.of(
                new TextDiff.Line(TextDiff.Kind.SAME, "a", 0, 0),
                new TextDiff.Line(TextDiff.Kind.ACTUAL, "b", 0, 1)), TextDiff.of("a", "a\nb"));
    }

    @Test
    void theEmbeddedDataCannotCloseItsScriptElement() {
        JsonNode document = JsonFormat.MAPPER.valueToTree(GeneratedDocuments.passing(3));
        ((com.fasterxml.jackson.databind.node.ObjectNode) document.path("tests").get(0)).put("name",
                "</script><script>alert(1)</script>");
        String page = HtmlReport.render(document, null);
        int start = page.indexOf("id=\"tracer-data\">") + "id=\"tracer-data\">".length();
        String data = page.substring(start, page.indexOf("</script>", start));
        assertFalse(data.contains("<"), "no < inside the data");
        assertTrue(data.contains("\\u003c/script>"));
    }

    @Test
    void eightyFiveThousandPassingTestsStayUnderTwentyMegabytes() {
        String page = HtmlReport.render(JsonFormat.MAPPER.valueToTree(GeneratedDocuments.passing(85_000)), null);
        long bytes = page.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 20_000_000, bytes + " bytes");
    }

    @Test
    void theSameDocumentGivesTheSamePage() throws IOException {
        assertEquals(HtmlReport.render(realDocument(), REAL_ROOT), HtmlReport.render(realDocument(), REAL_ROOT));
    }

    @Test
    void aFailuresOnlyDocumentSaysHowToListEveryTest() throws IOException {
        JsonNode document = JsonFormat.MAPPER.readTree("{\"version\":1,\"summary\":{\"total\":4,\"passed\":4,"
                + "\"failed\":0,\"skipped\":0,\"invalid\":0,\"duration_ms\":5,\"result\":\"passed\"},\"tests\":[]}");
        assertTrue(HtmlReport.render(document, null).contains("The document lists 0 of 4 tests"));
    }

    @Test
    void thePageIsNamedAfterTheDocument() {
        assertEquals(Path.of("target/tracer/report.html"), HtmlReport.besides(Path.of("target/tracer/report.json")));
        assertEquals(Path.of("out/run1.html"), HtmlReport.besides(Path.of("out/run1.json")));
    }

    @Test
    void uncoveredLinesReadAsRanges() {
        assertEquals("3–5, 9", Sections.ranges(JsonFormat.MAPPER.valueToTree(List.of(3, 4, 5, 9))));
    }
}
