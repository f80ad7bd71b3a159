package dev.tracer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracer.config.Options;
import dev.tracer.pipeline.RecordedRunner.Recording;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a run ends, from recorded passes. */
class VerdictTest {

    @TempDir
    Path root;

    private static final String BEFORE_ALL = "test-json-retry-before-all";

    private Verdict run(Fixture fixture, Options options, Recording... passes) throws BrokenRunException {
        ModuleInput module = fixture.single(BEFORE_ALL);
        return fixture.pipeline(options, fixture.build(module))
                .run(module, new RecordedRunner(root.resolve("target/surefire-reports"), passes), null);
    }

    @Test
    void failuresThatHealOnTheirRerunPass() throws Exception {
        Fixture fixture = new Fixture(root);
        assertEquals(Verdict.PASSED, run(fixture, Options.builder().build(),
                Recording.of(BEFORE_ALL, "events", "surefire-reports"),
                Recording.of(BEFORE_ALL, "rerun-events", "rerun-reports")));
        assertEquals("passed", fixture.document().summary().result());
    }

    @Test
    void flakyTestsFailTheBuildWithFailOnFlaky() throws Exception {
        Fixture fixture = new Fixture(root);
        assertEquals(Verdict.failed("There are flaky tests: 2 failed, then passed when rerun (tracer.failOnFlaky)."
                + " Report: target/tracer/report.json"), run(fixture, Options.builder().failOnFlaky(true).build(),
                Recording.of(BEFORE_ALL, "events", "surefire-reports"),
                Recording.of(BEFORE_ALL, "rerun-events", "rerun-reports")));
    }

    @Test
    void surefiresVerdictOnTheUsersInputStandsWhenNoTestRan() throws Exception {
        Fixture fixture = new Fixture(root);
        String noTest = "No tests matching pattern \"Nope\" were executed! (Set -Dsurefire.failIfNoSpecifiedTests=false"
                + " to ignore this error.)";
        assertEquals(Verdict.failed(noTest), run(fixture, Options.builder().build(),
                new Recording(null, null, noTest, true, 0, l -> l)));
        assertEquals(0, fixture.document().summary().total());
    }

    @Test
    void withFailedAndNothingFailedBeforeNothingRunsAndTheDocumentSaysSo() throws Exception {
        Fixture fixture = new Fixture(root);
        assertEquals(Verdict.PASSED, run(fixture, Options.builder().failed(true).build()));
        assertEquals(List.of("tracer: no test failed in the previous run of retry-before-all; nothing to run."),
                fixture.console.stderr);
        assertEquals("No test failed in the previous run, so nothing ran. Run without -Dtracer.failed to run every"
                + " test.", fixture.document().hint());
    }

    @Test
    void theTipAboutThePreviousRunsFailuresGoesToStderrOnce() throws Exception {
        Fixture first = new Fixture(root);
        run(first, Options.builder().retry(false).build(), Recording.of(BEFORE_ALL, "events", "surefire-reports"));
        Fixture second = new Fixture(root);
        run(second, Options.builder().build(), Recording.of(BEFORE_ALL, "events", "surefire-reports"),
                Recording.of(BEFORE_ALL, "rerun-events", "rerun-reports"));
        assertEquals(1, second.console.stderr.size(), "" + second.console.stderr);
    }
}
