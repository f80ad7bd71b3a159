package dev.tracer.coordination;

import static dev.tracer.coordination.Fixtures.document;
import static dev.tracer.coordination.Fixtures.test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tracer.model.ModuleResult;
import dev.tracer.model.RetrySummary;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestDocument;
import dev.tracer.model.TestState;
import dev.tracer.report.DocumentBuilder;
import dev.tracer.report.ReportJson;
import dev.tracer.report.View;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayTest {
    private static final TestCase TOTAL = test("shop.CartTest", "total", TestState.PASSED, 10);
    private static final TestCase TAX = test("shop.CartTest", "tax", TestState.FAILED, 20);
    private static final TestCase SHIPS = test("shop.OrderTest", "ships", TestState.PASSED, 5);

    private static RunRecord run(Selection selection, TestDocument document) {
        return new RunRecord("20261122T000000.000000Z-1", RunRecord.COMPLETED, 1, "2026-11-22T00:00:00Z",
                "2026-11-22T00:00:01Z", "e", 3, selection.patterns(), List.of(), 1, null, document);
    }

    @Test
    void theSameRequestGetsTheRunsOwnDocument() throws Exception {
        TestDocument cached = document(TOTAL, TAX);
        // the cache stores the document as JSON and reads it back
        RunRecord run = CacheJson.MAPPER.readValue(CacheJson.MAPPER.writeValueAsString(run(Selection.of("CartTest"),
                cached)), RunRecord.class);
        ModuleResult result = Replay.cut(run, Selection.of("CartTest"));
        assertEquals(ReportJson.write(DocumentBuilder.build(List.of(new ModuleResult("shop", List.of(TOTAL, TAX),
                List.of(), List.of(), 40)), View.FAILURES_ONLY)),
                ReportJson.write(DocumentBuilder.build(List.of(result), View.FAILURES_ONLY)));
    }

    @Test
    void aClassCutFromARunOfEveryTestIsTheDocumentOfThatClassAlone() {
        RunRecord run = run(Selection.ALL, document(TOTAL, TAX, SHIPS));
        ModuleResult cut = Replay.cut(run, Selection.of("CartTest"));
        TestDocument direct = DocumentBuilder.build(List.of(new ModuleResult("shop", List.of(TOTAL, TAX), List.of(),
                List.of(), 6)), View.ALL);
        // duration: the tests' own, as the run of every test took longer than the class alone would have
        assertEquals(ReportJson.write(direct), ReportJson.write(DocumentBuilder.build(List.of(cut), View.ALL)));
        assertNull(Replay.cut(run(Selection.of("CartTest"), document(TOTAL, TAX)), Selection.ALL));
    }

    @Test
    void aCutCountsOnlyItsOwnReruns() {
        TestDocument withRetry = DocumentBuilder.build(List.of(new ModuleResult("shop", List.of(TOTAL,
                TAX.withRerun(TAX), SHIPS), List.of(), List.of(), 40, List.of(), new RetrySummary(true, 1, 1, 0))),
                View.ALL);
        RunRecord run = run(Selection.ALL, withRetry);
        assertEquals(new RetrySummary(true, 1, 1, 0), Replay.cut(run, Selection.of("CartTest")).retry());
        assertNull(Replay.cut(run, Selection.of("OrderTest")).retry(), "OrderTest alone would not have rerun anything");
    }

    @Test
    void aRunWithoutDocumentReplaysNothing() {
        assertNull(Replay.cut(run(Selection.ALL, null), Selection.ALL));
    }
}
