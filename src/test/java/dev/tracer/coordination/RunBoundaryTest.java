package dev.tracer.coordination;

import static dev.tracer.coordination.Fixtures.document;
import static dev.tracer.coordination.Fixtures.test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.model.TestState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunBoundaryTest {
    private final List<String> warnings = new ArrayList<>();

    private static long in(long millis) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /** The runner starts a run, a second request registers, then the child build's first goal runs. */
    private RunRecord runWithALateRegistration(Path cache, Map<String, String> env, List<Path> readAlready,
            boolean[] recorded) throws Exception {
        Coordinator c = new Coordinator(cache, warnings::add);
        try (Coordinator.Ticket runner = c.register(Selection.ALL, List.of());
                Coordinator.Turn turn = c.awaitTurn(runner, in(10_000), r -> { })) {
            Coordinator.Run running = turn.start();
            c.register(Selection.ALL, List.of()).close();
            Map<String, String> childEnv = new java.util.HashMap<>(env);
            childEnv.putIfAbsent(ChildBuild.RUN_ENV, running.record().id());
            recorded[0] = ChildBuild.recordBoundary(childEnv, readAlready, warnings::add);
            return running.finish(0, null, document(test("shop.CartTest", "total", TestState.PASSED, 10)));
        }
    }

    @Test
    void theChildsFirstGoalAdmitsTheRequestsRegisteredUntilThen(@TempDir Path dir) throws Exception {
        Path pom = Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Files.setLastModifiedTime(pom, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
        boolean[] recorded = new boolean[1];
        RunRecord run = runWithALateRegistration(dir.resolve(".tracer"),
                Map.of(ChildBuild.CACHE_ENV, dir.resolve(".tracer").toString()), List.of(pom, dir.resolve("gone")),
                recorded);
        assertTrue(recorded[0]);
        assertEquals(2, run.lastRequest());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aPomChangedAfterTheRunStartedAdmitsNoLaterRequest(@TempDir Path dir) throws Exception {
        Path pom = Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Files.setLastModifiedTime(pom, FileTime.from(Instant.now().plus(Duration.ofSeconds(1))));
        boolean[] recorded = new boolean[1];
        RunRecord run = runWithALateRegistration(dir.resolve(".tracer"),
                Map.of(ChildBuild.CACHE_ENV, dir.resolve(".tracer").toString()), List.of(pom), recorded);
        assertEquals(1, run.lastRequest(), "the build may have read the POM before the edit the second caller saw");
        assertFalse(Files.exists(dir.resolve(".tracer/runs").resolve(run.id() + RunBoundary.SUFFIX)));
    }

    @Test
    void outsideARunnersChildBuildTheGoalDoesNothing(@TempDir Path dir) throws Exception {
        assertFalse(ChildBuild.recordBoundary(Map.of(), List.of(), warnings::add));
        boolean[] recorded = new boolean[1];
        RunRecord run = runWithALateRegistration(dir, Map.of(), List.of(), recorded);
        assertFalse(recorded[0]);
        assertEquals(1, run.lastRequest());
    }

    @Test
    void aBoundaryForARunTheCacheDoesNotHoldIsNotWritten(@TempDir Path dir) throws Exception {
        Coordinator c = new Coordinator(dir, warnings::add);
        c.register(Selection.ALL, List.of()).close();
        assertFalse(c.recordBoundary("20260101T000000.000000Z-1", List.of()));
        assertFalse(Files.exists(dir.resolve("runs").resolve("20260101T000000.000000Z-1" + RunBoundary.SUFFIX)));
    }
}
