package dev.tracer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.model.ClassFailure;
import dev.tracer.model.Failure;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.StackFrame;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestDocument;
import dev.tracer.model.TestState;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentBuilderTest {

    static TestCase test(String name, String file, Integer line, TestState state) {
        List<Failure> failures = state.isProblem()
                ? List.of(new Failure("assertion", "java.lang.AssertionError", "boom", "1", "2", file, line, "x();",
                        List.of(new StackFrame("a.B", "m", "B.java", line))))
                : null;
        return new TestCase("id:" + name, name, "a.B", "m", "mod", file, line, state, 3, List.of("fast"), failures,
                state == TestState.SKIPPED ? "why" : null, null);
    }

    private static ModuleResult module(String name, List<TestCase> tests) {
        return new ModuleResult(name, tests, List.of(), List.of(), 10);
    }

    @Test
    void failuresOnlyByDefaultButTheSummaryCountsEverything() {
        TestDocument doc = DocumentBuilder.build(List.of(module("m", List.of(
                test("p", "a/B.java", 1, TestState.PASSED),
                test("f", "a/B.java", 2, TestState.FAILED),
                test("s", "a/B.java", 3, TestState.SKIPPED),
                test("i", "a/B.java", 4, TestState.INVALID)))), false);
        assertEquals(4, doc.summary().total());
        assertEquals(1, doc.summary().passed());
        assertEquals(1, doc.summary().failed());
        assertEquals(1, doc.summary().skipped());
        assertEquals(1, doc.summary().invalid());
        assertEquals("failed", doc.summary().result());
        assertEquals(List.of("f", "i"), doc.tests().stream().map(TestCase::name).toList());
        assertNull(doc.summary().flaky());
    }

    @Test
    void allListsEveryTestSortedByFileLineThenNaturalName() {
        TestDocument doc = DocumentBuilder.build(List.of(
                module("b", List.of(test("[10] x", "b/C.java", 5, TestState.PASSED),
                        test("[2] x", "b/C.java", 5, TestState.PASSED))),
                module("a", List.of(test("z", "a/B.java", 9, TestState.PASSED),
                        test("nofile", null, null, TestState.PASSED),
                        test("y", "a/B.java", 1, TestState.PASSED)))), true);
        assertEquals(List.of("y", "z", "[2] x", "[10] x", "nofile"), doc.tests().stream().map(TestCase::name).toList());
        assertEquals("passed", doc.summary().result());
        assertEquals(20, doc.summary().durationMs());
    }

    @Test
    void aClassFailureOutsideAnyTestFailsTheRun() {
        ModuleResult m = new ModuleResult("m", List.of(test("p", "a/B.java", 1, TestState.PASSED)),
                List.of(new ClassFailure("a.B", "m", "a/B.java", List.of())), List.of(), 1);
        TestDocument doc = DocumentBuilder.build(List.of(m), false);
        assertEquals("failed", doc.summary().result());
        assertTrue(DocumentBuilder.failed(doc));
        assertEquals(1, doc.classFailures().size());
    }

    @Test
    void noTestsIsAValidPassingDocumentWithAHint() {
        TestDocument doc = DocumentBuilder.build(List.of(module("m", List.of())), false);
        assertEquals(0, doc.summary().total());
        assertEquals("passed", doc.summary().result());
        assertFalse(DocumentBuilder.failed(doc));
        assertTrue(doc.hint().startsWith("No tests ran."));
        assertNull(doc.classFailures());
        assertNull(doc.warnings());
    }

    @Test
    void warningsOfSeveralModulesNameTheirModule() {
        TestDocument doc = DocumentBuilder.build(List.of(
                new ModuleResult("a", List.of(), List.of(), List.of("w1"), 0),
                new ModuleResult("b", List.of(), List.of(), List.of("w2"), 0)), false);
        assertEquals(List.of("a: w1", "b: w2"), doc.warnings());
    }
}
