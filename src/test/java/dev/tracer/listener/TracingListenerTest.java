package dev.tracer.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The flight recorder in-process: fixture classes below run on the Platform with the listener, JFR included.
 */
class TracingListenerTest {

    @TempDir
    Path eventsDir;

    @AfterEach
    void clearProperties() {
        System.clearProperty("tracer.trace");
        System.clearProperty("tracer.traceBudget");
    }

    @Test
    void aFailingTracedTestCarriesItsWorkersExceptionLogsAndOutput() {
        Events events = run(Relay.class, Untraced.class);

        JsonNode poisoned = events.finished("poisonKillsTheWorker()");
        assertEquals("failed", poisoned.get("status").asText());
        JsonNode trace = poisoned.get("trace");
        assertTrue(trace != null, () -> "no trace in " + poisoned);
        List<String> details = details(trace);
        assertTrue(details.stream().anyMatch(d -> d.startsWith("uncaught, the thread dies: java.lang.IllegalStateException: poison")),
                () -> details.toString());
        assertTrue(details.stream().anyMatch(d -> d.startsWith("java.lang.IllegalStateException: poison at ")),
                () -> "JFR exception event: " + details);
        assertTrue(details.contains("INFO relay: relaying hello"), details::toString);
        assertTrue(details.contains("worker got poison"), details::toString);
        assertTrue(kinds(trace).contains("thread_start"), () -> kinds(trace).toString());
        assertFalse(trace.get("overflow").asBoolean());
        assertEquals(0, trace.get("dropped").asLong());
        assertFalse(poisoned.has("trace_warnings"), () -> String.valueOf(poisoned.get("trace_warnings")));

        assertFalse(events.finished("helloIsAcknowledged()").has("trace"), () -> events.finished("helloIsAcknowledged()").toString());
        assertFalse(events.finished("untracedFailure()").has("trace"));
    }

    @Test
    void deadlockedWorkersAreNamedAfterATimeout() {
        Events events = run(Deadlock.class);
        JsonNode trace = events.finished("locksInOppositeOrder()").get("trace");
        assertEquals(List.of("deadlock-a", "deadlock-b"), Events.field(trace.get("deadlocks"), "name"));
        assertEquals(List.of("deadlock-a", "deadlock-b"), Events.field(trace.get("threads"), "name"));
        JsonNode a = trace.get("threads").get(0);
        assertEquals("BLOCKED", a.get("state").asText());
        assertEquals("java.lang.Object", a.get("waiting_on").asText());
        assertEquals("deadlock-b", a.get("lock_owner").asText());
        assertTrue(a.get("approx").asBoolean());
    }

    @Test
    void aSmallRingDropsAndABudgetOverflows() {
        System.setProperty("tracer.traceBudget", "20");
        Events events = run(Chatty.class);
        JsonNode ring = events.finished("ringOfFive()").get("trace");
        assertEquals(5, ring.get("events").size());
        assertTrue(ring.get("dropped").asLong() > 0);
        assertTrue(ring.get("overflow").asBoolean(), "30 lines, budget 20");
        assertEquals(15, ring.get("dropped").asLong());
    }

    @Test
    void thePatternTracesUntaggedTests() {
        System.setProperty("tracer.trace", "Untraced#untraced*");
        Events events = run(Untraced.class);
        assertTrue(events.finished("untracedFailure()").has("trace"));
    }

    @Test
    void parallelTracedTestsKeepTheirOwnThreads() {
        Events events = run(Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"), Parallel.class);
        for (String name : List.of("a", "b", "c", "d")) {
            JsonNode trace = events.finished(name + "()").get("trace");
            List<String> threads = Events.field(trace.get("events"), "thread").stream()
                    .filter(t -> t.startsWith("worker-")).distinct().collect(Collectors.toList());
            assertEquals(List.of("worker-" + name), threads, () -> trace.toString());
            assertTrue(details(trace).contains("from worker-" + name), () -> trace.toString());
            // (the releaser may start after the test's end: then it is not the test's)
            assertEquals(List.of("worker-" + name), Events.field(trace.get("threads"), "name").stream()
                    .filter(t -> t.startsWith("worker-")).collect(Collectors.toList()));
        }
    }

    @Test
    void junit4TestsAreTracedByThePattern() {
        System.setProperty("tracer.trace", "Junit4Relay#fails");
        org.junit.runner.JUnitCore core = new org.junit.runner.JUnitCore();
        core.addListener(new TracerRunListener(eventsDir));
        core.run(Junit4Relay.class);
        Events events = Events.read(eventsDir);
        JsonNode failed = events.finished("fails");
        assertTrue(details(failed.get("trace")).contains("junit4 worker says hi"), () -> failed.toString());
        assertFalse(events.finished("failsUntraced").has("trace"));
    }

    private Events run(Class<?>... fixtures) {
        return run(Map.of(), fixtures);
    }

    private Events run(Map<String, String> configuration, Class<?>... fixtures) {
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(List.of(fixtures).stream().map(c -> selectClass(c)).collect(Collectors.toList()))
                .configurationParameters(configuration)
                .build(), new TracerPlatformListener(eventsDir));
        return Events.read(eventsDir);
    }

    private static List<String> details(JsonNode trace) {
        return Events.field(trace.get("events"), "detail");
    }

    private static List<String> kinds(JsonNode trace) {
        return Events.field(trace.get("events"), "kind");
    }

    /** A worker relays messages and acknowledges them; "poison" kills it, so the ack never comes. */
    @Tag("trace_messages")
    static class Relay {
        private static final Logger LOG = Logger.getLogger("relay");

        static boolean send(String message) throws InterruptedException {
            BlockingQueue<String> inbox = new ArrayBlockingQueue<>(4);
            CountDownLatch ack = new CountDownLatch(1);
            Thread worker = new Thread(() -> {
                try {
                    String m = inbox.take();
                    System.out.println("worker got " + m);
                    if (m.equals("poison")) {
                        throw new IllegalStateException("poison");
                    }
                    ack.countDown();
                    LOG.info("relaying " + m);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "relay-worker");
            worker.start();
            inbox.put(message);
            return ack.await(1, TimeUnit.SECONDS);
        }

        @Test
        void helloIsAcknowledged() throws Exception {
            assertTrue(send("hello"));
        }

        @Test
        void poisonKillsTheWorker() throws Exception {
            send("hello");
            assertTrue(send("poison"), "no acknowledgement");
        }

    }

    static class Untraced {
        @Test
        void untracedFailure() {
            assertEquals(1, 2);
        }
    }

    static class Deadlock {
        @Test
        @Tag("trace_messages")
        @Timeout(value = 1, unit = TimeUnit.SECONDS)
        void locksInOppositeOrder() throws Exception {
            Object first = new Object();
            Object second = new Object();
            CountDownLatch both = new CountDownLatch(2);
            Thread a = new Thread(() -> lock(first, second, both), "deadlock-a");
            Thread b = new Thread(() -> lock(second, first, both), "deadlock-b");
            a.setDaemon(true);
            b.setDaemon(true);
            a.start();
            b.start();
            a.join();
        }

        private static void lock(Object one, Object two, CountDownLatch both) {
            synchronized (one) {
                both.countDown();
                try {
                    both.await();
                } catch (InterruptedException e) {
                    return;
                }
                synchronized (two) {
                    both.countDown();
                }
            }
        }
    }

    static class Chatty {
        @Test
        @Tag("trace_messages=5")
        void ringOfFive() {
            for (int i = 0; i < 30; i++) {
                System.out.println("line " + i);
            }
            assertEquals(1, 2);
        }
    }

    /** Four traced tests at once, each with a worker that prints and stays alive until the test ends. */
    @Tag("trace_messages")
    static class Parallel {
        static void work(String name) throws Exception {
            CountDownLatch printed = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread worker = new Thread(() -> {
                System.out.println("from worker-" + name);
                printed.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "worker-" + name);
            worker.setDaemon(true);
            worker.start();
            printed.await();
            Thread.sleep(100);
            try {
                assertEquals("done", name);
            } finally {
                // the snapshot comes after this test's executionFinished; the worker is still parked then
                new Thread(() -> {
                    try {
                        Thread.sleep(3_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    release.countDown();
                }, "releaser-" + name).start();
            }
        }

        @Test
        void a() throws Exception {
            work("a");
        }

        @Test
        void b() throws Exception {
            work("b");
        }

        @Test
        void c() throws Exception {
            work("c");
        }

        @Test
        void d() throws Exception {
            work("d");
        }
    }

    public static class Junit4Relay {
        @org.junit.Test
        public void fails() throws Exception {
            Thread worker = new Thread(() -> System.out.println("junit4 worker says hi"), "junit4-worker");
            worker.start();
            worker.join();
            org.junit.Assert.fail("traced");
        }

        @org.junit.Test
        public void failsUntraced() {
            org.junit.Assert.fail("untraced");
        }
    }
}
