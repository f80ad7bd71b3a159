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
                test("i", "a/B.java", 4, TestState.INVALID)))), View.FAILURES_ONLY);
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
                        test("y", "a/B.java", 1, TestState.PASSED)))), View.ALL);
        assertEquals(List.of("y", "z", "[2] x", "[10] x", "nofile"), doc.tests().stream().map(TestCase::name).toList());
        assertEquals("passed", doc.summary().result());
        assertEquals(20, doc.summary().durationMs());
    }

    @Test
    void aClassFailureOutsideAnyTestFailsTheRun() {
        ModuleResult m = new ModuleResult("m", List.of(test("p", "a/B.java", 1, TestState.PASSED)),
                List.of(new ClassFailure("a.B", "m", "a/B.java", List.of())), List.of(), 1);
        TestDocument doc = DocumentBuilder.build(List.of(m), View.FAILURES_ONLY);
        assertEquals("failed", doc.summary().result());
        assertTrue(DocumentBuilder.failed(doc));
        assertEquals(1, doc.classFailures().size());
    }

    @Test
    void noTestsIsAValidPassingDocumentWithAHint() {
        TestDocument doc = DocumentBuilder.build(List.of(module("m", List.of())), View.FAILURES_ONLY);
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
                new ModuleResult("b", List.of(), List.of(), List.of("w2"), 0)), View.FAILURES_ONLY);
        assertEquals(List.of("a: w1", "b: w2"), doc.warnings());
    }

    private static TestCase failing(String name, int line, String message) {
        return new TestCase("id:" + name, name, "a.B", "m", "mod", "a/B.java", line, TestState.FAILED, 1, List.of(),
                List.of(new Failure("assertion", "java.lang.AssertionError", message, null, null, null, null, null,
                        List.of())), null, null);
    }

    private static List<ModuleResult> mixed() {
        return List.of(module("m", List.of(
                test("p", "a/B.java", 1, TestState.PASSED),
                failing("f1", 2, "\ntimeout after 5s\nmore"),
                failing("f2", 3, "timeout after 5s"),
                failing("f3", 4, "expected: <1> but was: <2>"),
                failing("f4", 5, null),
                test("i", "a/B.java", 6, TestState.INVALID))));
    }

    @Test
    void summaryOnlyKeepsVersionSummaryAndHintOnly() {
        TestDocument doc = DocumentBuilder.build(mixed(), new View(true, true, true, List.of(), true));
        assertNull(doc.tests());
        assertNull(doc.classFailures());
        assertNull(doc.errorGroups());
        assertEquals(6, doc.summary().total());
        String json = ReportJson.write(doc);
        assertFalse(json.contains("\"tests\""), json);
    }

    @Test
    void firstFailureShowsTheFirstProblemInDocumentOrderOrNothing() {
        TestDocument doc = DocumentBuilder.build(mixed(), new View(true, false, true, List.of(), false));
        assertEquals(List.of("f1"), doc.tests().stream().map(TestCase::name).toList());
        TestDocument green = DocumentBuilder.build(List.of(module("m", List.of(
                test("p", "a/B.java", 1, TestState.PASSED)))), new View(false, false, true, List.of(), false));
        assertEquals(List.of(), green.tests());
    }

    @Test
    void filterOutMarksMatchingFailuresButStillFailsTheRun() {
        TestDocument doc = DocumentBuilder.build(mixed(), new View(false, false, false, List.of("timeout", "nope"),
                false));
        assertEquals(2, doc.summary().filtered());
        assertEquals(4, doc.summary().failed());
        assertEquals("failed", doc.summary().result());
        assertEquals(List.of(true, true, false, false, false), doc.tests().stream()
                .map(t -> Boolean.TRUE.equals(t.filtered())).toList());
        assertNull(DocumentBuilder.build(mixed(), new View(false, false, false, List.of("zzz"), false))
                .summary().filtered(), "absent when nothing matched");
    }

    @Test
    void errorGroupsCountByFirstLineLeavingFilteredOut() {
        TestDocument doc = DocumentBuilder.build(mixed(), new View(false, false, false, List.of(), true));
        assertEquals(List.of("timeout after 5s:2", "(unknown error):1", "boom:1", "expected: <1> but was: <2>:1"),
                doc.errorGroups().stream().map(g -> g.pattern() + ":" + g.count()).toList());
        assertEquals("f1", doc.errorGroups().get(0).example().name());
        assertEquals(2, doc.errorGroups().get(0).example().line());
        TestDocument filtered = DocumentBuilder.build(mixed(), new View(false, false, false, List.of("timeout"), true));
        assertEquals(List.of("(unknown error)", "boom", "expected: <1> but was: <2>"),
                filtered.errorGroups().stream().map(g -> g.pattern()).toList());
    }

    @Test
    void errorGroupPatternsAreCutAt200Characters() {
        assertEquals(200, ErrorGroups.pattern("x".repeat(300)).length());
        assertEquals(ErrorGroups.UNKNOWN, ErrorGroups.pattern("  \n \n"));
    }
}
