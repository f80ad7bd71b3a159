package dev.tracer.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLocksTest {

    private static long in(long millis) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void aLockHeldByAnotherProcessIsNotTakenAndItsDeathReleasesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lock");
        Process holder = Holder.start("lock", file.toString());
        try {
            assertNull(FileLocks.tryAcquire(file, true), "another process holds it");
            assertThrows(TimeoutException.class, () -> FileLocks.acquire(file, true, in(300)));
            // A blocked waiter wakes up when the holder is killed: the OS releases the lock of a dead process.
            Thread killer = new Thread(() -> {
                try {
                    Holder.kill(holder);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            killer.start();
            try (FileLocks.Held held = FileLocks.acquire(file, true, in(60_000))) {
                assertNotNull(held);
            }
            killer.join();
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void aLockFileLeftBehindBlocksNobody(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lock");
        Files.writeString(file, "pid=999999 run=gone\n");
        try (FileLocks.Held held = FileLocks.tryAcquire(file, true)) {
            assertNotNull(held, "nobody holds a lock file a dead process left behind");
        }
    }

    @Test
    void threadsOfOneJvmTakeTurns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lock");
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger turns = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 20; round++) {
                        try (FileLocks.Held held = FileLocks.acquire(file, true, in(60_000))) {
                            assertNotNull(held, "acquire with create=true gives the lock");
                            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            Thread.yield();
                            inside.decrementAndGet();
                            turns.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                // rethrows what a worker threw (an assertion, a timeout, an I/O error) as the test's failure
                worker.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(80, turns.get(), "every worker took all its turns");
        assertEquals(1, most.get(), "one holder at a time");
    }

    @Test
    void aMissingFileIsNotCreatedWhenAskedNotTo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gone.lock");
        assertNull(FileLocks.tryAcquire(file, false));
        assertNull(FileLocks.acquire(file, false, in(1000)));
        assertTrue(Files.notExists(file));
    }
}
