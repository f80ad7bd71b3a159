package dev.tracer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.config.Options;
import dev.tracer.model.ModuleResult;
import dev.tracer.model.Timing;
import dev.tracer.pipeline.ModuleClock.Span;
import dev.tracer.pipeline.RecordedRunner.Recording;
import dev.tracer.reactor.ModulePart;
import dev.tracer.report.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document's timing, on a fake clock that moves only while a recorded pass runs. */
class TimingTest {

    @TempDir
    Path root;

    private static final String FLAKY_AND_HARD = "test-json-retry-flaky-and-hard";
    private static final String MODULE_A = "test-json-multimodule/module-a";
    private static final String MODULE_B = "test-json-multimodule/module-b";
    private static final long MS = 1_000_000;

    /** A clock that stands still but when told to move; it starts far from 0, as {@code System.nanoTime} may. */
    private static final class FakeClock {
        final AtomicLong nanos = new AtomicLong(-7_000 * MS);

        /** The pipeline's stopwatch for a goal that started {@code millisAgo} before now. */
        Stopwatch goalStarted(long millisAgo) {
            return new Stopwatch(nanos::get, nanos.get() - millisAgo * MS);
        }

        /** Moves the clock by the next of {@code millis} in each pass. */
        Runnable passesTake(long... millis) {
            Deque<Long> left = new ArrayDeque<>();
            for (long m : millis) {
                left.add(m);
            }
            return () -> nanos.addAndGet(left.removeFirst() * MS);
        }
    }

    @Test
    void eachPhaseIsTimedOnThePipelinesClockAndTheRerunIsItsOwn() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput module = fixture.single(FLAKY_AND_HARD);
        FakeClock clock = new FakeClock();
        RecordedRunner runner = fixture.replay(module, FLAKY_AND_HARD, "events", "surefire-reports", "rerun-events",
                "rerun-reports").during(clock.passesTake(1000, 200));

        new TestJsonPipeline(Options.builder().build(), null, fixture.build(module), fixture.console, List.of(),
                Fixture.FULL_STDOUT, clock.goalStarted(30)).run(module, runner, null);

        Timing expected = new Timing(30, 1000, 200, 0, 0, 0, 0);
        assertEquals(expected, fixture.document().timing());
        assertTrue(fixture.console.printed().contains("\"timing\" : {"), "tracer.verbose prints the timing");
        assertEquals(expected, ReportJson.read(fixture.console.printed()).timing());
    }

    @Test
    void withoutARerunItsTimeIsZero() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput module = fixture.single(FLAKY_AND_HARD);
        FakeClock clock = new FakeClock();
        RecordedRunner runner = fixture.replay(module, FLAKY_AND_HARD, "events", "surefire-reports")
                .during(clock.passesTake(1000));

        new TestJsonPipeline(Options.builder().retry(false).build(), null, fixture.build(module), fixture.console,
                List.of(), Fixture.FULL_STDOUT, clock.goalStarted(45)).run(module, runner, null);

        assertEquals(new Timing(45, 1000, 0, 0, 0, 0, 0), fixture.document().timing());
    }

    @Test
    void aReactorSumsEachPhaseOverItsModulesAndEachModuleKeepsItsOwn() throws Exception {
        Fixture fixture = new Fixture(root);
        ModuleInput a = fixture.module(root.resolve("module-a"), "module-a", MODULE_A);
        ModuleInput b = fixture.module(root.resolve("module-b"), "module-b", MODULE_B);
        BuildInput build = fixture.build(a, b);
        Options options = Options.builder().build();
        FakeClock clock = new FakeClock();

        // Each module is its own mojo execution, started when the one before it ended.
        new TestJsonPipeline(options, null, build, fixture.console, List.of(), Fixture.FULL_STDOUT,
                clock.goalStarted(10)).run(a, new RecordedRunner(a.buildDirectory().resolve("surefire-reports"),
                        Recording.of(MODULE_A, "events", "surefire-reports"),
                        Recording.of(MODULE_A, "rerun-events", "rerun-reports")).during(clock.passesTake(500, 100)),
                null);
        new TestJsonPipeline(options, null, build, fixture.console, List.of(), Fixture.FULL_STDOUT,
                clock.goalStarted(20)).run(b, new RecordedRunner(b.buildDirectory().resolve("surefire-reports"),
                        Recording.of(MODULE_B, "events", "surefire-reports")).during(clock.passesTake(300)), null);

        assertEquals(new Timing(30, 800, 100, 0, 0, 0, 0), fixture.document().timing());
        assertEquals(new Timing(10, 500, 100, 0, 0, 0, 0), ReportJson.read(
                Files.readString(a.tracerDirectory().resolve("report.json"))).timing());
        assertEquals(new Timing(20, 300, 0, 0, 0, 0, 0), ReportJson.read(
                Files.readString(b.tracerDirectory().resolve("report.json"))).timing());
    }

    @Test
    void theBuildAddsItsCoverageAndReportingToTheModulesSum() {
        ModuleResult none = new ModuleResult("m", List.of(), List.of(), List.of(), 0);
        List<ModulePart> parts = List.of(new ModulePart(none, null, null, new Timing(1, 2, 3, 0, 5, 4, 7)),
                new ModulePart(none, null, null), new ModulePart(none, null, null, new Timing(10, 20, 0, 0, 0, 0, 1)));

        assertEquals(new Timing(11, 22, 3, 70, 5, 4, 13), TestJsonPipeline.buildTiming(parts, 70, 5));
    }

    @Test
    void theExtractionOverlapsBothPassesAndWhatItAddsAfterThemIsNotReporting() {
        // Goal at 0; first pass 100..1100, rerun set-up and pass to 1300; extraction 200..1500; module done at 1600.
        Timing timing = ModuleClock.timing(0, span(100, 1100), span(1100, 1300), span(200, 1500), null,
                1600 * MS);

        assertEquals(new Timing(100, 1000, 200, 0, 1300, 1100, 100), timing);
    }

    @Test
    void anExtractionOverWithinTheFirstPassOverlapsItWhole() {
        Timing timing = ModuleClock.timing(0, span(100, 1100), null, span(150, 600), null, 1150 * MS);

        assertEquals(new Timing(100, 1000, 0, 0, 450, 450, 50), timing);
    }

    @Test
    void theJoinIsPartOfTheScenariosAndItsWaitForTheExtractionIsCountedOnce() {
        // First pass 100..1100; extraction 200..1400; the join waits from 1100 and ends at 1500; module done at 1600.
        Timing timing = ModuleClock.timing(0, span(100, 1100), null, span(200, 1400), span(1100, 1500), 1600 * MS);

        assertEquals(new Timing(100, 1000, 0, 0, 1300, 900, 100), timing);
    }

    @Test
    void aJoinAfterAnExtractionOverDuringTheTestsAddsItsOwnTime() {
        // Extraction 150..600 within the first pass 100..1100; the join 1100..1130; module done at 1150.
        Timing timing = ModuleClock.timing(0, span(100, 1100), null, span(150, 600), span(1100, 1130), 1150 * MS);

        assertEquals(new Timing(100, 1000, 0, 0, 480, 450, 20), timing);
    }

    @Test
    void theDebugLineGivesEveryPhaseInTheDocumentsOrder() {
        assertEquals("tracer: timing before_tests 1 ms, tests 2 ms, rerun 3 ms, coverage 4 ms, scenarios 5 ms"
                + " (6 ms while tests ran), report 7 ms; document printed and written 8 ms",
                TestJsonPipeline.timingLine(new Timing(1, 2, 3, 4, 5, 6, 7), 8));
    }

    @Test
    void theRerunIsTimedFromTheEndOfTheFirstPass() {
        ModuleClock clock = new ModuleClock(new Stopwatch(() -> 2000 * MS, 0));
        clock.firstPass(span(100, 1100));
        clock.rerun(span(1150, 1400)); // its set-up (the selection, the listener jar) ran from 1100

        assertEquals(new Timing(100, 1000, 300, 0, 0, 0, 600), clock.timing());
    }

    @Test
    void aModuleThatRanNoPassSpentItsTimeBeforeTests() {
        assertEquals(new Timing(40, 0, 0, 0, 0, 0, 0), ModuleClock.timing(0, null, null, null, null, 40 * MS));
    }

    private static Span span(long fromMillis, long toMillis) {
        return new Span(fromMillis * MS, toMillis * MS);
    }
}
