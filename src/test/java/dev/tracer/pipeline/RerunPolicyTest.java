package dev.tracer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tracer.config.Options;
import dev.tracer.model.RetrySummary;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestDocument;
import dev.tracer.pipeline.RecordedRunner.Recording;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rerun of failures, on passes recorded from the retry ITs. */
class RerunPolicyTest {

    @TempDir
    Path root;

    private static final String FLAKY_AND_HARD = "test-json-retry-flaky-and-hard";
    private static final String BEFORE_ALL = "test-json-retry-before-all";

    private static List<String> shown(List<TestCase> tests) {
        return tests.stream().map(t -> t.name() + " " + t.state().json() + " " + t.file() + ":" + t.line()).toList();
    }

    @Test
    void aFailureThatPassesOnItsRerunIsFlakyAndOneThatFailsAgainIsConfirmed() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput module = fixture.single(FLAKY_AND_HARD);
        RecordedRunner runner = fixture.replay(module, FLAKY_AND_HARD, "events", "surefire-reports", "rerun-events",
                "rerun-reports");

        Verdict verdict = fixture.pipeline(Options.builder().build(), fixture.build(module)).run(module, runner, null);

        assertEquals(Verdict.failed("There are test failures: 1 failed, 1 invalid of 4 tests."
                + " Report: target/tracer/report.json"), verdict);
        TestDocument document = fixture.document();
        assertEquals(List.of("usesDatabase() invalid src/test/java/retry/BrokenSetupTest.java:15",
                "alwaysFails() failed src/test/java/retry/CheckoutTest.java:21"), shown(document.tests()));
        assertEquals(List.of("flakyOnce()"), document.flaky().stream().map(TestCase::name).toList());
        assertEquals(new RetrySummary(true, 3, 2, 1), document.retry());
        assertEquals("no database (attempt 2)", document.classFailures().get(0).failures().get(0).message());
        // The rerun selects exactly what failed, and keeps its reports apart from the first pass's.
        assertEquals(2, runner.passes.size());
        assertNull(runner.passes.get(0).testFilter());
        assertEquals(root.resolve("target/tracer/rerun-reports"), runner.passes.get(1).reportsDirectory());
        assertEquals("retry.BrokenSetupTest,retry.CheckoutTest", runner.passes.get(1).testFilter());
        assertEquals(List.of("[engine:junit-jupiter]/[class:retry.BrokenSetupTest]/[method:usesDatabase()]",
                "[engine:junit-jupiter]/[class:retry.CheckoutTest]/[method:alwaysFails()]",
                "[engine:junit-jupiter]/[class:retry.CheckoutTest]/[method:flakyOnce()]"),
                Files.readAllLines(root.resolve("target/tracer/rerun-selection.txt")));
        assertEquals(fixture.console.printed(), Files.readString(root.resolve("target/tracer/report.json")));
    }

    @Test
    void withRetryOffTheFirstPassStandsAlone() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput module = fixture.single(FLAKY_AND_HARD);
        RecordedRunner runner = fixture.replay(module, FLAKY_AND_HARD, "events", "surefire-reports");

        Verdict verdict = fixture.pipeline(Options.builder().retry(false).build(), fixture.build(module))
                .run(module, runner, null);

        assertEquals(1, runner.passes.size());
        assertEquals(Verdict.Kind.FAILED, verdict.kind());
        assertEquals("There are test failures: 2 failed, 1 invalid of 4 tests. Report: target/tracer/report.json",
                verdict.message());
        TestDocument document = fixture.document();
        assertNull(document.retry());
        assertNull(document.flaky());
        assertEquals("no database (attempt 1)", document.classFailures().get(0).failures().get(0).message());
    }

    @Test
    void testsInvalidAfterTheirClassSetupFailedRerunTheirClassAndHealAsFlaky() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput module = fixture.single(BEFORE_ALL);
        RecordedRunner runner = fixture.replay(module, BEFORE_ALL, "events", "surefire-reports", "rerun-events",
                "rerun-reports");

        Verdict verdict = fixture.pipeline(Options.builder().build(), fixture.build(module)).run(module, runner, null);

        assertEquals(Verdict.PASSED, verdict);
        assertEquals("retry.CacheTest", runner.passes.get(1).testFilter());
        assertEquals(List.of("[engine:junit-jupiter]/[class:retry.CacheTest]/[method:readsEntry()]",
                "[engine:junit-jupiter]/[class:retry.CacheTest]/[method:writesEntry()]"),
                Files.readAllLines(root.resolve("target/tracer/rerun-selection.txt")));
        TestDocument document = fixture.document();
        assertEquals("passed", document.summary().result());
        assertEquals(List.of("readsEntry()", "writesEntry()"),
                document.flaky().stream().map(TestCase::name).sorted().toList());
        assertEquals(new RetrySummary(true, 2, 0, 2), document.retry());
        assertNull(document.classFailures());
    }

    @Test
    void failuresSurefireRerunItselfAreNotRerunAgain() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput module = fixture.single(FLAKY_AND_HARD);
        RecordedRunner runner = new RecordedRunner(root.resolve("target/surefire-reports"),
                Recording.of(FLAKY_AND_HARD, "events", "surefire-reports").withSurefireReruns(1));

        fixture.pipeline(Options.builder().build(), fixture.build(module)).run(module, runner, null);

        assertEquals(1, runner.passes.size());
        assertEquals(new RetrySummary(true, 3, 3, 0), fixture.document().retry());
    }
}
