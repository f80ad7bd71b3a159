package dev.tracer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.config.Options;
import dev.tracer.model.CoverageCounter;
import dev.tracer.model.TestDocument;
import dev.tracer.pipeline.RecordedRunner.Recording;
import dev.tracer.model.Step;
import dev.tracer.scenario.adapter.Call;
import dev.tracer.scenario.adapter.Lookup;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build in which a test failed never passes, and missing results are never "no tests ran". */
class FailClosedTest {

    @TempDir
    Path root;

    private static final String FLAKY_AND_HARD = "test-json-retry-flaky-and-hard";
    private static final String FORK_DIED = "The forked VM terminated without properly saying goodbye. VM crash or"
            + " System.exit called?; Process Exit Code: 1";
    private static final String FAILURES = "There are test failures: 2 failed, 1 invalid of 4 tests."
            + " Report: target/tracer/report.json";

    private final Options noRetry = Options.builder().retry(false).build();

    @Test
    void aForkErrorWithoutAFailedTestBreaksTheBuildAndTheDocumentSaysFailed() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput module = fixture.module(root, "fork-fails-to-start", "test-json-fork-fails-to-start");
        RecordedRunner runner = new RecordedRunner(root.resolve("target/surefire-reports"),
                new Recording(null, null, FORK_DIED, false, 0, l -> l));

        Verdict verdict = fixture.pipeline(Options.builder().build(), fixture.build(module)).run(module, runner, null);

        assertEquals(Verdict.broken("The test run failed outside any test: Surefire's test run broke (" + FORK_DIED
                + ") and no test reported a result: the results are incomplete, so the run fails. Run mvn test to"
                + " see Surefire's own output. Report: target/tracer/report.json"), verdict);
        TestDocument document = fixture.document();
        assertEquals("failed", document.summary().result());
        assertEquals(0, document.summary().total());
        assertEquals(1, document.errors().size());
        assertFalse(fixture.console.printed().isEmpty(), "stdout holds the document");
    }

    @Test
    void moreTestcasesInSurefiresReportsThanListenerResultsBreakTheBuild() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput module = fixture.single(FLAKY_AND_HARD);
        // The test JVM died after its first test: the listener's file ends there, Surefire's reports list all four.
        RecordedRunner runner = new RecordedRunner(root.resolve("target/surefire-reports"),
                Recording.of(FLAKY_AND_HARD, "events", "surefire-reports").keepingLines(l -> l.subList(0, 3)));

        Verdict verdict = fixture.pipeline(noRetry, fixture.build(module)).run(module, runner, null);

        assertEquals(Verdict.Kind.BROKEN, verdict.kind());
        TestDocument document = fixture.document();
        assertEquals(1, document.summary().total());
        assertEquals("failed", document.summary().result());
        assertTrue(verdict.message().contains(document.errors().get(0)), verdict.message());
        assertTrue(document.errors().get(0).contains("4"), document.errors().get(0));
    }

    @Test
    void anUnreadableExecFileBreaksTheBuildAndStillNamesTheFailedTests() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput module = fixture.single(FLAKY_AND_HARD);
        Path exec = root.resolve("target/tracer/jacoco.exec");
        RecordedRunner runner = new RecordedRunner(root.resolve("target/surefire-reports"),
                Recording.of(FLAKY_AND_HARD, "events", "surefire-reports"))
                .during(() -> write(exec, "not an exec file"));
        Options cover = noRetry.toBuilder()
                .cover(new Options.Cover(CoverageCounter.LINE, 80.0, List.of(), List.of())).build();

        Verdict verdict = fixture.pipeline(cover, fixture.build(module)).run(module, runner, null);

        assertEquals(Verdict.Kind.BROKEN, verdict.kind());
        assertTrue(verdict.message().startsWith("Coverage could not be computed: "), verdict.message());
        assertTrue(verdict.message().endsWith(FAILURES), verdict.message());
        assertEquals("failed", fixture.document().summary().result());
    }

    @Test
    void aScenarioExtractionThatFailsIsAWarningAndTheFailedTestsStillFailTheBuild() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput module = fixture.single(FLAKY_AND_HARD);
        // A user's adapter with a bug the extractor does not contain (an Error, not an exception).
        ScenarioAdapter broken = new ScenarioAdapter() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Optional<Step> classify(Call call, Lookup lookup) {
                throw new AssertionError("adapter bug");
            }
        };
        RecordedRunner runner = new RecordedRunner(root.resolve("target/surefire-reports"),
                Recording.of(FLAKY_AND_HARD, "events", "surefire-reports"));

        Verdict verdict = new TestJsonPipeline(noRetry, List.of(broken), fixture.build(module), fixture.console,
                List.of(), Fixture.FULL_STDOUT).run(module, runner, null);

        assertEquals(Verdict.failed(FAILURES), verdict);
        assertTrue(fixture.console.warnings.stream().anyMatch(w -> w.startsWith(
                "tracer: scenario extraction of retry-flaky-and-hard failed (java.io.IOException: java.lang.AssertionError: adapter bug)")),
                "" + fixture.console.warnings);
    }

    @Test
    void aFaultWhilePrintingTheDocumentBreaksTheBuildAndStillNamesTheFailedTests() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput module = fixture.single(FLAKY_AND_HARD);
        RecordedRunner runner = fixture.replay(module, FLAKY_AND_HARD, "events", "surefire-reports");
        RecordingConsole closedStdout = new RecordingConsole() {
            @Override
            public synchronized void stdout(String text) {
                throw new UncheckedIOException(new IOException("Broken pipe"));
            }
        };

        Verdict verdict = new TestJsonPipeline(noRetry, null, fixture.build(module), closedStdout, List.of(),
                Fixture.FULL_STDOUT).run(module, runner, null);

        assertEquals(Verdict.Kind.BROKEN, verdict.kind());
        assertTrue(verdict.message().contains("Broken pipe") && verdict.message().endsWith(FAILURES),
                verdict.message());
    }

    @Test
    void aDocumentThatCannotBeWrittenBreaksTheBuildAndStillNamesTheFailedTests() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput module = fixture.single(FLAKY_AND_HARD);
        Files.createDirectories(root.resolve("out.json"));
        RecordedRunner runner = new RecordedRunner(root.resolve("target/surefire-reports"),
                Recording.of(FLAKY_AND_HARD, "events", "surefire-reports"));

        Verdict verdict = fixture.pipeline(noRetry.toBuilder().output("out.json").build(), fixture.build(module))
                .run(module, runner, null);

        assertEquals(Verdict.broken("Cannot write the report to out.json (tracer.output): it is a directory. Set"
                + " -Dtracer.output (or <output>) to a writable file path; the report was printed to stdout. "
                + FAILURES.replace("target/tracer/report.json", "out.json")), verdict);
        assertFalse(fixture.console.printed().isEmpty());
    }

    @Test
    void aFurtherViewThatFailsCostsAWarningAndTheVerdictStands() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput module = fixture.single(FLAKY_AND_HARD);
        RecordedRunner runner = fixture.replay(module, FLAKY_AND_HARD, "events", "surefire-reports");
        DocumentWriter failing = (document, documentFile) -> {
            throw new IOException("disk full");
        };

        Verdict verdict = new TestJsonPipeline(noRetry, null, fixture.build(module), fixture.console,
                List.of(failing), Fixture.FULL_STDOUT).run(module, runner, null);

        assertEquals(Verdict.failed(FAILURES), verdict);
        assertTrue(fixture.console.warnings.stream().anyMatch(w -> w.contains("disk full")),
                "" + fixture.console.warnings);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
