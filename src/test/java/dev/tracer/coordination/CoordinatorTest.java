package dev.tracer.coordination;

import static dev.tracer.coordination.Fixtures.document;
import static dev.tracer.coordination.Fixtures.test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.model.TestState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoordinatorTest {
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private static long in(long millis) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    private Coordinator coordinator(Path dir) {
        return new Coordinator(dir, warnings::add);
    }

    @Test
    void requestsAreServedInTheOrderTheyRegisteredWhoeverAsksFirst(@TempDir Path dir) throws Exception {
        Coordinator c = coordinator(dir);
        List<Coordinator.Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tickets.add(c.register(Selection.of("T" + i), List.of()));
        }
        List<Long> served = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = tickets.size() - 1; i >= 0; i--) { // the last registered asks first
            Coordinator.Ticket ticket = tickets.get(i);
            Thread t = new Thread(() -> {
                try (ticket; Coordinator.Turn turn = c.awaitTurn(ticket, in(60_000), r -> { })) {
                    served.add(ticket.request().seq());
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join(60_000);
        }
        assertEquals(List.of(1L, 2L, 3L, 4L), served);
        assertEquals(List.of(), Coordinator.list(dir.resolve("queue"), "0*"), "every ticket left the queue");
    }

    @Test
    void aRunCoversTheRequestsRegisteredBeforeItsBuildReadTheSourcesAndNoneAfter(@TempDir Path dir) throws Exception {
        Coordinator c = coordinator(dir);
        Coordinator.Ticket first = c.register(Selection.of("CartTest"), List.of("-o"));
        Coordinator.Ticket beforeStart = c.register(Selection.of("CartTest"), List.of("-o"));
        Coordinator.Ticket otherKey = c.register(Selection.of("CartTest"), List.of("-Pother"));
        Coordinator.Ticket whileItWritesItsCache;
        Coordinator.Ticket beforeTheSources;
        Coordinator.Ticket afterTheSources;
        RunRecord run;
        try (first; Coordinator.Turn turn = c.awaitTurn(first, in(10_000), r -> { })) {
            assertNull(turn.covering(), "nothing ran yet");
            Coordinator.Run running = turn.start();
            whileItWritesItsCache = c.register(Selection.of("CartTest"), List.of("-o"));
            beforeTheSources = c.register(Selection.of("CartTest"), List.of("-o"));
            c.recordBoundary(running.record().id(), List.of()); // the child build, before any plugin of the project
            afterTheSources = c.register(Selection.of("CartTest"), List.of("-o"));
            run = running.finish(1, null, document(test("shop.CartTest", "total", TestState.PASSED, 10)));
        }
        assertEquals(beforeTheSources.request().seq(), run.lastRequest());
        assertFalse(Files.exists(dir.resolve("runs").resolve(run.id() + ".boundary")), "folded into the run");
        try (beforeStart; Coordinator.Turn turn = c.awaitTurn(beforeStart, in(10_000), r -> { })) {
            assertEquals(run.id(), turn.covering().id(), "registered before the run started: replays it");
        }
        try (otherKey; Coordinator.Turn turn = c.awaitTurn(otherKey, in(10_000), r -> { })) {
            assertNull(turn.covering(), "another profile: the run did not run what it asked for");
        }
        for (Coordinator.Ticket ticket : List.of(whileItWritesItsCache, beforeTheSources)) {
            try (ticket; Coordinator.Turn turn = c.awaitTurn(ticket, in(10_000), r -> { })) {
                assertEquals(run.id(), turn.covering().id(), "request " + ticket.request().seq()
                        + ", registered after the run started and before its build read the sources, replays it");
            }
        }
        try (afterTheSources; Coordinator.Turn turn = c.awaitTurn(afterTheSources, in(10_000), r -> { })) {
            assertNull(turn.covering(), "registered after the build read the sources: they may predate its changes");
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void eightCallersRegisteredAtOnceCostOneRunAndALaterOneItsOwn(@TempDir Path dir) throws Exception {
        Coordinator c = coordinator(dir);
        List<Coordinator.Ticket> tickets = new CopyOnWriteArrayList<>();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    tickets.add(c.register(Selection.of("CartTest"), List.of()));
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            callers.add(t);
            t.start();
        }
        for (Thread t : callers) {
            t.join(60_000);
        }
        assertEquals(8, tickets.size());
        List<Coordinator.Ticket> queue = new ArrayList<>(tickets);
        queue.sort(java.util.Comparator.comparingLong(t -> t.request().seq()));
        Coordinator.Ticket late;
        RunRecord run;
        try (Coordinator.Ticket runner = queue.get(0);
                Coordinator.Turn turn = c.awaitTurn(runner, in(10_000), r -> { })) {
            Coordinator.Run running = turn.start();
            c.recordBoundary(running.record().id(), List.of());
            late = c.register(Selection.of("CartTest"), List.of());
            run = running.finish(1, null, document(test("shop.CartTest", "total", TestState.FAILED, 10)));
        }
        List<String> served = new CopyOnWriteArrayList<>();
        List<Thread> waiters = new ArrayList<>();
        for (Coordinator.Ticket ticket : queue.subList(1, 8)) {
            Thread t = new Thread(() -> {
                try (ticket; Coordinator.Turn turn = c.awaitTurn(ticket, in(60_000), r -> { })) {
                    RunRecord covering = turn.covering();
                    served.add(covering == null ? "none" : covering.id() + " exit " + covering.exitCode());
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            waiters.add(t);
            t.start();
        }
        for (Thread t : waiters) {
            t.join(60_000);
        }
        assertEquals(java.util.Collections.nCopies(7, run.id() + " exit 1"), served,
                "the seven others replay the run, with its failure");
        try (late; Coordinator.Turn turn = c.awaitTurn(late, in(10_000), r -> { })) {
            assertNull(turn.covering(), "registered after the boundary: a run of its own");
        }
    }

    @Test
    void withoutABoundaryARunCoversOnlyTheRequestsRegisteredBeforeItStarted(@TempDir Path dir) throws Exception {
        Coordinator c = coordinator(dir);
        Coordinator.Ticket first = c.register(Selection.ALL, List.of());
        Coordinator.Ticket before = c.register(Selection.ALL, List.of());
        Coordinator.Ticket after;
        RunRecord run;
        try (first; Coordinator.Turn turn = c.awaitTurn(first, in(10_000), r -> { })) {
            Coordinator.Run running = turn.start();
            after = c.register(Selection.ALL, List.of());
            run = running.finish(0, null, document(test("shop.CartTest", "total", TestState.PASSED, 10)));
        }
        assertEquals(before.request().seq(), run.lastRequest());
        before.close();
        after.close();
        assertEquals(List.of(), warnings);
    }

    @Test
    void aCorruptBoundaryIsDiscardedWithAWarningAndTheRunCoversWhatPrecededItsStart(@TempDir Path dir)
            throws Exception {
        Coordinator c = coordinator(dir);
        RunRecord run;
        try (Coordinator.Ticket first = c.register(Selection.ALL, List.of());
                Coordinator.Turn turn = c.awaitTurn(first, in(10_000), r -> { })) {
            Coordinator.Run running = turn.start();
            c.register(Selection.ALL, List.of()).close();
            Files.writeString(dir.resolve("runs").resolve(running.record().id() + ".boundary"), "half");
            run = running.finish(0, null, document(test("shop.CartTest", "total", TestState.PASSED, 10)));
        }
        assertEquals(1, run.lastRequest());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("discarded the corrupt cache file")
                && w.contains(".boundary")), warnings.toString());
    }

    @Test
    void aBoundaryOfAnotherEpochAdmitsNoLaterRequest(@TempDir Path dir) throws Exception {
        Coordinator c = coordinator(dir);
        RunRecord run;
        try (Coordinator.Ticket first = c.register(Selection.ALL, List.of());
                Coordinator.Turn turn = c.awaitTurn(first, in(10_000), r -> { })) {
            Coordinator.Run running = turn.start();
            Files.writeString(dir.resolve("queue").resolve("sequence"), "another-epoch 7\n");
            c.recordBoundary(running.record().id(), List.of());
            run = running.finish(0, null, document(test("shop.CartTest", "total", TestState.PASSED, 10)));
        }
        assertEquals(1, run.lastRequest(), "seven of another epoch say nothing about this one's numbers");
    }

    @Test
    void afterARunnerDiesTheNextRunServesEveryRequestStillWaiting(@TempDir Path dir) throws Exception {
        Coordinator c = coordinator(dir);
        Coordinator.Ticket dead = c.register(Selection.ALL, List.of());
        Coordinator.Ticket taker = c.register(Selection.ALL, List.of());
        Coordinator.Ticket waiter;
        Coordinator.Ticket lateWaiter;
        String deadRun;
        try (Coordinator.Turn turn = c.awaitTurn(dead, in(10_000), r -> { })) {
            Coordinator.Run running = turn.start();
            waiter = c.register(Selection.ALL, List.of());
            c.recordBoundary(running.record().id(), List.of());
            deadRun = running.record().id();
            // the runner dies here: no finish; the OS releases its locks
        }
        dead.close();
        RunRecord run;
        try (taker; Coordinator.Turn turn = c.awaitTurn(taker, in(10_000), r -> { })) {
            turn.prune(Duration.ofHours(1), 1 << 20);
            assertNull(turn.covering(), "the dead run has no results, whatever its boundary");
            Coordinator.Run running = turn.start();
            lateWaiter = c.register(Selection.ALL, List.of());
            c.recordBoundary(running.record().id(), List.of());
            run = running.finish(0, null, document(test("shop.CartTest", "total", TestState.PASSED, 10)));
        }
        for (Coordinator.Ticket ticket : List.of(waiter, lateWaiter)) {
            try (ticket; Coordinator.Turn turn = c.awaitTurn(ticket, in(10_000), r -> { })) {
                assertEquals(run.id(), turn.covering().id(), "request " + ticket.request().seq());
            }
        }
        assertEquals(List.of(RunRecord.INTERRUPTED, RunRecord.COMPLETED),
                c.runs(false).stream().map(RunRecord::status).toList());
        assertEquals(deadRun, c.runs(false).get(0).id());
    }

    @Test
    void aKilledRunnerReleasesItsTurnAndItsRunIsMarkedInterrupted(@TempDir Path dir) throws Exception {
        Process runner = Holder.start("run", dir.toString(), "CartTest");
        try {
            Coordinator c = coordinator(dir);
            try (Coordinator.Ticket ticket = c.register(Selection.of("CartTest"), List.of())) {
                List<Request> waitedFor = new CopyOnWriteArrayList<>();
                assertThrows(TimeoutException.class, () -> c.awaitTurn(ticket, in(300), waitedFor::add));
                assertEquals(1L, waitedFor.get(0).seq(), "it waits for the runner's request");
                assertEquals(runner.pid(), waitedFor.get(0).pid());
                Holder.kill(runner);
                try (Coordinator.Turn turn = c.awaitTurn(ticket, in(60_000), r -> { })) {
                    turn.prune(Duration.ofHours(1), 1 << 20);
                    assertNull(turn.covering(), "the killed run has no results");
                    List<RunRecord> runs = c.runs(false);
                    assertEquals(1, runs.size());
                    assertEquals(RunRecord.INTERRUPTED, runs.get(0).status());
                    assertEquals(1, c.events(runs.get(0).id()).size(), "its events stay queryable");
                }
            }
        } finally {
            runner.destroyForcibly();
        }
    }

    @Test
    void aLockFileAndARequestLeftByADeadProcessBlockNobody(@TempDir Path dir) throws Exception {
        Process dead = Holder.start("turn", dir.toString(), "CartTest");
        Holder.kill(dead);
        Files.writeString(dir.resolve("lock"), "pid=" + dead.pid() + "\n");
        Coordinator c = coordinator(dir);
        try (Coordinator.Ticket ticket = c.register(Selection.ALL, List.of());
                Coordinator.Turn turn = c.awaitTurn(ticket, in(0), r -> { throw new AssertionError("waited"); })) {
            assertNotNull(turn);
        }
        assertEquals(List.of(), Coordinator.list(dir.resolve("queue"), "0*"), "the dead request was removed");
    }

    @Test
    void pruningDropsOldRunsThenTheOldestBeyondTheSizeBound(@TempDir Path dir) throws Exception {
        Coordinator c = coordinator(dir);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try (Coordinator.Ticket t = c.register(Selection.ALL, List.of());
                    Coordinator.Turn turn = c.awaitTurn(t, in(10_000), r -> { })) {
                ids.add(turn.start().finish(0, null, document(test("shop.CartTest", "total", TestState.PASSED, 10)))
                        .id());
            }
        }
        // The first run finished two hours ago.
        Path first = dir.resolve("runs").resolve(ids.get(0) + ".json");
        RunRecord old = CacheJson.MAPPER.readValue(first.toFile(), RunRecord.class);
        Files.writeString(first, CacheJson.MAPPER.writeValueAsString(old.finished(old.status(),
                Instant.now().minus(Duration.ofHours(2)).toString(), 0, null, old.document())));
        long oneRun = Files.size(dir.resolve("runs").resolve(ids.get(2) + ".json"));
        try (Coordinator.Ticket t = c.register(Selection.ALL, List.of());
                Coordinator.Turn turn = c.awaitTurn(t, in(10_000), r -> { })) {
            turn.prune(Duration.ofHours(1), oneRun + 10);
        }
        assertEquals(List.of(ids.get(2)), c.runs(false).stream().map(RunRecord::id).toList());
    }

    @Test
    void aCorruptCacheFileIsDiscardedWithAWarning(@TempDir Path dir) throws Exception {
        Coordinator c = coordinator(dir);
        Files.createDirectories(dir.resolve("runs"));
        Path corrupt = dir.resolve("runs").resolve("20260101T000000.000000Z-1.json");
        Files.writeString(corrupt, "{\"id\": \"20260101T000000.0");
        Files.writeString(dir.resolve("runs").resolve("20260101T000000.000000Z-1.events.jsonl"), "not json\n");
        assertEquals(List.of(), c.events("20260101T000000.000000Z-1"));
        try (Coordinator.Ticket t = c.register(Selection.ALL, List.of());
                Coordinator.Turn turn = c.awaitTurn(t, in(10_000), r -> { })) {
            assertNull(turn.covering());
        }
        assertFalse(Files.exists(corrupt));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("discarded the corrupt cache file") && w.contains(
                "events.jsonl")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("discarded the corrupt cache file " + corrupt)),
                warnings.toString());
    }

    @Test
    void aCorruptSequenceStartsANewEpochThatNoOldRunCovers(@TempDir Path dir) throws Exception {
        Coordinator c = coordinator(dir);
        Coordinator.Ticket waiting = c.register(Selection.ALL, List.of());
        try (Coordinator.Ticket t = c.register(Selection.ALL, List.of())) {
            // (a later request may run first when it asks and the earlier one is in the queue; not here)
        }
        Files.writeString(dir.resolve("queue").resolve("sequence"), "garbage");
        try (Coordinator.Ticket t = c.register(Selection.ALL, List.of())) {
            assertTrue(t.request().seq() > waiting.request().seq(), "numbers continue after the waiting requests");
            assertTrue(warnings.stream().anyMatch(w -> w.contains("corrupt cache file")), warnings.toString());
        }
        waiting.close();
    }
}
