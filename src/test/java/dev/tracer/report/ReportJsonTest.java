package dev.tracer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.model.ModuleResult;
import dev.tracer.model.TestDocument;
import dev.tracer.model.TestState;
import dev.tracer.model.Timing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {

    private static TestDocument sample() {
        return DocumentBuilder.build(List.of(new ModuleResult("m", List.of(
                DocumentBuilderTest.test("f", "a/B.java", 2, TestState.FAILED),
                DocumentBuilderTest.test("p", "a/B.java", 1, TestState.PASSED)), List.of(), List.of(), 5)), View.ALL);
    }

    @Test
    void readsBackWhatItWrote() {
        TestDocument doc = sample();
        String json = ReportJson.write(doc);
        assertEquals(doc, ReportJson.read(json));
        assertEquals(json, ReportJson.write(ReportJson.read(json)));
    }

    @Test
    void usesSnakeCaseAndLeavesOptionalKeysOut() {
        String json = ReportJson.write(sample());
        assertTrue(json.contains("\"duration_ms\" : 5"), json);
        assertTrue(json.contains("\"class\" : \"a.B\""), json);
        assertTrue(json.contains("\"tags\" : [ \"fast\" ]"), json);
        assertFalse(json.contains("null"), json);
        assertFalse(json.contains("class_failures"), json);
        assertFalse(json.contains("\"flaky\""), json);
        assertFalse(json.contains("\r"), json);
        assertTrue(json.startsWith("{\n  \"version\" : 1,\n  \"summary\" : {"), json);
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void theTimingIsWrittenLastInSnakeCaseAndReadBack() {
        TestDocument doc = sample().withTiming(new Timing(310, 2140, 1630, 80, 920, 900, 35));
        String json = ReportJson.write(doc);
        assertTrue(json.endsWith("  \"timing\" : {\n    \"before_tests\" : 310,\n    \"tests\" : 2140,\n"
                + "    \"rerun\" : 1630,\n    \"coverage\" : 80,\n    \"scenarios\" : 920,\n"
                + "    \"scenarios_overlap\" : 900,\n    \"report\" : 35\n  }\n}\n"), json);
        assertEquals(doc, ReportJson.read(json));
    }

    @Test
    void passingTestsHaveNoFailuresKey() {
        String json = ReportJson.write(sample());
        int passed = json.indexOf("\"name\" : \"p\"");
        int next = json.indexOf("\"id\"", passed);
        assertTrue(passed > 0 && next > passed, json);
        assertFalse(json.substring(passed, next).contains("failures"), json);
        assertTrue(json.substring(next).contains("failures"), json);
    }

    @Test
    void writeFileReplacesAtomically(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("deep/er/report.json");
        ReportJson.writeFile(file, "{}\n");
        ReportJson.writeFile(file, "{\"a\":1}\n");
        assertEquals("{\"a\":1}\n", Files.readString(file));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void compactPrintsOneShortLinePerTestThenTheSummary() {
        TestDocument doc = DocumentBuilder.build(List.of(new ModuleResult("m", List.of(
                DocumentBuilderTest.test("f", "a/B.java", 2, TestState.FAILED),
                DocumentBuilderTest.test("p", "a/B.java", 1, TestState.PASSED)), List.of(), List.of(), 5)),
                new View(true, false, false, List.of("boom"), false));
        assertEquals("""
                {"f":"a/B.java:1","n":"p","s":"passed"}
                {"f":"a/B.java:2","n":"f","s":"failed","e":"boom","x":true}
                {"summary":{"total":2,"passed":1,"failed":1,"skipped":0,"invalid":0,"filtered":1,"duration_ms":5,"result":"failed"}}
                """, ReportJson.compact(doc));
    }

    private static TestDocument withCoverage() {
        var cart = new dev.tracer.model.ClassCoverage("shop.Cart$Line", "shop", "src/main/java/shop/Cart.java", 75.0,
                3, 4, List.of(9), List.of(7), 1, 2, 20, 30);
        return sample().withCoverage(new dev.tracer.model.Coverage(dev.tracer.model.CoverageCounter.LINE, 75.0, 3,
                4, 4, 3, List.of(cart), 80.0, false), List.of("a warning"));
    }

    @Test
    void coverageRoundTripsInSnakeCase() {
        TestDocument doc = withCoverage();
        String json = ReportJson.write(doc);
        assertEquals(doc, ReportJson.read(json));
        assertTrue(json.contains("\"class\" : \"shop.Cart$Line\""), json);
        assertTrue(json.contains("\"uncovered_lines\" : [ 9 ]"), json);
        assertTrue(json.contains("\"partial_lines\" : [ 7 ]"), json);
        assertTrue(json.contains("\"total_percentage\" : 75.0"), json);
        assertTrue(json.contains("\"threshold_met\" : false"), json);
        assertTrue(json.contains("\"counter\" : \"LINE\""), json);
        assertTrue(json.indexOf("\"coverage\"") < json.indexOf("\"warnings\""), json);
    }

    @Test
    void compactViewPrintsCoverageTotalsBeforeTheSummary() {
        String[] lines = ReportJson.compact(withCoverage()).split("\n");
        assertTrue(lines[lines.length - 2].startsWith("{\"coverage\":{\"counter\":\"LINE\",\"total_percentage\":75.0,"),
                lines[lines.length - 2]);
        assertFalse(lines[lines.length - 2].contains("classes"));
        assertTrue(lines[lines.length - 1].startsWith("{\"summary\":"));
    }

    @Test
    void aTraceIsWrittenInSnakeCaseAndReadBack() {
        dev.tracer.model.Trace trace = new dev.tracer.model.Trace(
                List.of(new dev.tracer.model.Trace.TraceEvent(12, "relay-worker", "exception", "boom")),
                List.of(new dev.tracer.model.Trace.TraceThread("a", "BLOCKED",
                        List.of(new dev.tracer.model.StackFrame("x.Y", "m", "Y.java", 3)), "java.lang.Object", "b",
                        List.of(), true)),
                List.of(), false, 0, null);
        dev.tracer.model.TestCase test = new dev.tracer.model.TestCase("id", "t()", "x.Y", "t", "m", null, null,
                TestState.FAILED, 1, List.of("trace_messages"), null, null, null).withTrace(trace);
        TestDocument doc = DocumentBuilder.build(List.of(new ModuleResult("m", List.of(test), List.of(), List.of(), 1)),
                new View(false, false, false, List.of(), false));
        String json = ReportJson.write(doc);
        assertTrue(json.contains("\"t_us\" : 12"), json);
        assertTrue(json.contains("\"waiting_on\" : \"java.lang.Object\""), json);
        assertTrue(json.contains("\"lock_owner\" : \"b\""), json);
        assertTrue(json.contains("\"approx\" : true"), json);
        assertFalse(json.contains("partial"), json);
        assertEquals(trace, ReportJson.read(json).tests().get(0).trace());
    }
}
