package dev.tracer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tracer.model.ClassFailure;
import dev.tracer.model.Failure;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.RetrySummary;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestState;
import dev.tracer.report.DocumentBuilder;
import dev.tracer.report.View;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryTest {

    private static TestCase test(String id, String cls, TestState state, String message) {
        List<Failure> failures = message == null ? null
                : List.of(new Failure("error", "E", message, null, null, null, null, null, List.of()));
        return new TestCase(id, id, cls, id, "m", "F.java", 1, state, 1, List.of(), failures, null, null);
    }

    private static ModuleResult module(List<TestCase> tests, List<ClassFailure> classFailures) {
        return new ModuleResult("m", tests, classFailures, List.of(), 10);
    }

    @Test
    void failedThenPassedIsFlakyWithTheFirstFailureAndTheRerun() {
        ModuleResult first = module(List.of(test("ok", "a.B", TestState.PASSED, null),
                test("flaky", "a.B", TestState.FAILED, "first"),
                test("hard", "a.B", TestState.FAILED, "first hard")), List.of());
        ModuleResult rerun = module(List.of(test("flaky", "a.B", TestState.PASSED, null),
                test("hard", "a.B", TestState.FAILED, "second hard")), List.of());
        ModuleResult merged = Retry.merge(first, rerun);
        assertEquals(List.of("ok", "hard"), merged.tests().stream().map(TestCase::id).toList());
        assertEquals("first hard", merged.tests().get(1).firstMessage(), "a confirmed failure keeps its first detail");
        assertEquals(TestState.FAILED, merged.tests().get(1).rerun().state());
        TestCase flaky = merged.flaky().get(0);
        assertEquals("first", flaky.firstMessage());
        assertEquals(TestState.PASSED, flaky.rerun().state());
        assertEquals(new RetrySummary(true, 2, 1, 1), merged.retry());
        assertEquals(20, merged.durationMs());
    }

    @Test
    void anInvalidTestTakesTheStateOfItsRerunAndAHealedClassLosesItsClassFailure() {
        ModuleResult first = module(List.of(test("i1", "a.Setup", TestState.INVALID, "setup"),
                test("i2", "a.Other", TestState.INVALID, "other setup")),
                List.of(new ClassFailure("a.Setup", "m", "S.java", List.of()),
                        new ClassFailure("a.Other", "m", "O.java", List.of()),
                        new ClassFailure("a.AfterAll", "m", "A.java", List.of())));
        ModuleResult rerun = module(List.of(test("i1", "a.Setup", TestState.PASSED, null),
                test("i2", "a.Other", TestState.INVALID, "other setup again")),
                List.of(new ClassFailure("a.Other", null, null, List.of())));
        ModuleResult merged = Retry.merge(first, rerun);
        assertEquals(List.of("i1"), merged.flaky().stream().map(TestCase::id).toList());
        assertEquals("other setup again", merged.tests().get(0).firstMessage(), "the rerun's detail");
        assertEquals(List.of("a.AfterAll", "a.Other"),
                merged.classFailures().stream().map(ClassFailure::className).sorted().toList());
    }

    @Test
    void whenEveryFailureHealsTheRunPassesUnlessFlakesFailIt() {
        ModuleResult merged = Retry.merge(module(List.of(test("f", "a.B", TestState.FAILED, "x")), List.of()),
                module(List.of(test("f", "a.B", TestState.PASSED, null)), List.of()));
        var doc = DocumentBuilder.build(List.of(merged), View.FAILURES_ONLY, false);
        assertEquals("passed", doc.summary().result());
        assertEquals(1, doc.summary().flaky());
        assertEquals(1, doc.summary().passed());
        assertEquals(1, doc.summary().total());
        assertEquals(List.of(), doc.tests());
        assertEquals(1, doc.flaky().size());
        assertEquals("failed", DocumentBuilder.build(List.of(merged), View.FAILURES_ONLY, true).summary().result());
    }

    @Test
    void aTestMissingFromTheRerunIsConfirmed() {
        ModuleResult merged = Retry.merge(module(List.of(test("f", "a.B", TestState.FAILED, "x")), List.of()),
                module(List.of(), List.of()));
        assertEquals(TestState.FAILED, merged.tests().get(0).state());
        assertNull(merged.tests().get(0).rerun());
        assertEquals(new RetrySummary(true, 1, 1, 0), merged.retry());
    }
}
