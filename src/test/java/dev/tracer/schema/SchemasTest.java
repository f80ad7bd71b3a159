package dev.tracer.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.model.ClassFailure;
import dev.tracer.model.Failure;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.RetrySummary;
import dev.tracer.model.StackFrame;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestDocument;
import dev.tracer.model.TestState;
import dev.tracer.report.DocumentBuilder;
import dev.tracer.report.ReportJson;
import dev.tracer.report.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped schemas accept every member the plugin writes, and reject what it never writes. */
class SchemasTest {

    private static Failure failure(String message) {
        return new Failure(Failure.ASSERTION, "org.opentest4j.AssertionFailedError", message, "5", "4",
                "src/test/java/shop/CartTest.java", 15, "assertEquals(5, cart.total());",
                List.of(new StackFrame("shop.CartTest", "total", "CartTest.java", 15),
                        new StackFrame("shop.Cart", "sum", null, null)));
    }

    private static TestCase test(String name, TestState state, int line) {
        List<Failure> failures = state.isProblem() ? List.of(failure(name + " failed\nsecond line")) : null;
        return new TestCase("[engine:junit-jupiter]/[class:shop.CartTest]/[method:" + name + "()]", name + "()",
                "shop.CartTest", name, "shop", "src/test/java/shop/CartTest.java", line, state, 7, List.of("fast"),
                failures, state == TestState.SKIPPED ? "disabled" : null, state.isProblem() ? "out\n" : null);
    }

    /** A run with every optional part: failures, a skip, a flaky test, a rerun, a class failure, warnings. */
    private static List<ModuleResult> richRun() {
        TestCase confirmed = test("confirmed", TestState.FAILED, 20).withRerun(test("confirmed", TestState.FAILED, 20));
        TestCase flaky = test("flaky", TestState.FAILED, 30).withRerun(test("flaky", TestState.PASSED, 30));
        List<TestCase> tests = List.of(test("passes", TestState.PASSED, 10), confirmed,
                test("skipped", TestState.SKIPPED, 40), test("invalid", TestState.INVALID, 50));
        return List.of(new ModuleResult("shop", tests,
                List.of(new ClassFailure("shop.CartTest", "shop", "src/test/java/shop/CartTest.java",
                        List.of(failure("@AfterAll failed")))),
                List.of("results come from Surefire's XML reports"), 120, List.of(flaky),
                new RetrySummary(true, 2, 1, 1)));
    }

    @Test
    void everyViewOfARichRunMatchesTheDocumentSchema() {
        View filtered = new View(true, false, false, List.of("confirmed failed"), true);
        for (View view : List.of(View.ALL, View.FAILURES_ONLY, filtered,
                new View(false, true, false, List.of(), false), new View(false, false, true, List.of(), false))) {
            TestDocument document = DocumentBuilder.build(richRun(), view);
            assertEquals(List.of(), Schemas.errors(Schemas.TEST_DOCUMENT, ReportJson.write(document)), view.toString());
        }
    }

    @Test
    void stepsOnAFailedTestAndTheScenarioSummaryMatchTheDocumentSchema() {
        dev.tracer.model.Step step = new dev.tracer.model.Step("step-1", "call", "assertion", "assertEquals total",
                "shop.Cart", "shop.Cart", List.of("shop.Cart"), List.of(), "total", "cart", "failed",
                "shop.Cart#total", "assertEquals(5, cart.total());", null, 15, "confirmed",
                new dev.tracer.model.AssertionContext("assertEquals", "cart.total()", "5"));
        TestCase failed = test("confirmed", TestState.FAILED, 20).withSteps(List.of(step));
        TestDocument document = DocumentBuilder.build(List.of(new ModuleResult("shop", List.of(failed), null, null, 1)),
                View.FAILURES_ONLY).withScenarios(new TestDocument.Scenarios("target/tracer/scenarios.json", 3, 66.67,
                List.of("shop.Audit")));
        String json = ReportJson.write(document);
        assertTrue(json.contains("\"assertion_context\""), json);
        assertEquals(List.of(), Schemas.errors(Schemas.TEST_DOCUMENT, json));
    }

    @Test
    void anEmptyRunWithAHintMatchesTheDocumentSchema() {
        TestDocument document = DocumentBuilder.build(List.of(new ModuleResult("shop", List.of(), null, null, 0)),
                View.FAILURES_ONLY);
        assertEquals(List.of(), Schemas.errors(Schemas.TEST_DOCUMENT, ReportJson.write(document)));
    }

    @Test
    void compactLinesAndStreamingEventsMatchTheirSchemas() {
        TestDocument document = DocumentBuilder.build(richRun(),
                new View(true, false, false, List.of("confirmed failed"), false));
        for (String line : ReportJson.compact(document).split("\n")) {
            assertEquals(List.of(), Schemas.errors(Schemas.COMPACT_LINE, line), line);
        }
        List<String> events = new java.util.ArrayList<>(List.of(ReportJson.suiteStart(), ReportJson.suiteEnd(document)));
        document.tests().forEach(t -> events.add(ReportJson.testEvent(t)));
        for (String event : events) {
            assertEquals(List.of(), Schemas.errors(Schemas.STREAM_EVENT, event), event);
        }
    }

    @Test
    void theSchemasRejectMembersThePluginNeverWrites() {
        String document = ReportJson.write(DocumentBuilder.build(richRun(), View.ALL));
        assertFalse(Schemas.errors(Schemas.TEST_DOCUMENT, document.replace("\"version\" : 1", "\"version\" : 2")).isEmpty());
        assertFalse(Schemas.errors(Schemas.TEST_DOCUMENT, document.replace("\"state\" : \"skipped\"", "\"state\" : \"ignored\"")).isEmpty());
        assertFalse(Schemas.errors(Schemas.TEST_DOCUMENT, document.replace("\"tags\" :", "\"labels\" :")).isEmpty());
        assertFalse(Schemas.errors(Schemas.TEST_DOCUMENT,
                document.replace("\"version\" : 1,", "\"version\" : 1, \"hint\" : null,")).isEmpty(), "a null member");
        assertFalse(Schemas.errors(Schemas.COMPACT_LINE, "{\"f\":\"a:1\",\"n\":\"x\",\"s\":\"passed\",\"y\":1}").isEmpty());
        assertFalse(Schemas.errors(Schemas.STREAM_EVENT, "{\"type\":\"test:pass\",\"name\":\"x\"}").isEmpty());
        assertFalse(Schemas.errors(Schemas.STREAM_EVENT, "{\"type\":\"suite:start\",\"x\":1}").isEmpty());
        assertTrue(Schemas.errors(Schemas.STREAM_EVENT, "{\"type\":\"suite:start\"}").isEmpty());
    }

    @Test
    void coverageMatchesTheDocumentAndCompactLineSchemas() {
        var cart = new dev.tracer.model.ClassCoverage("shop.Cart$Line", "shop", "src/main/java/shop/Cart.java", 75.0,
                3, 4, List.of(9), List.of(7), 1, 2, 20, 30);
        var coverage = new dev.tracer.model.Coverage(dev.tracer.model.CoverageCounter.LINE, 75.0, 3, 4, 4, 3,
                List.of(cart), 80.0, false);
        TestDocument document = DocumentBuilder.build(List.of(), View.ALL).withCoverage(coverage, List.of("w"));
        assertEquals(List.of(), Schemas.errors(Schemas.TEST_DOCUMENT, ReportJson.write(document)));
        for (String line : ReportJson.compact(document).split("\n")) {
            assertEquals(List.of(), Schemas.errors(Schemas.COMPACT_LINE, line), line);
        }
        String json = ReportJson.write(document);
        assertFalse(Schemas.errors(Schemas.TEST_DOCUMENT, json.replace("\"partial_lines\"", "\"partly\"")).isEmpty());
        assertFalse(Schemas.errors(Schemas.TEST_DOCUMENT, json.replace("\"threshold\" : 80.0,", "")).isEmpty(),
                "threshold_met without threshold");
    }
}
