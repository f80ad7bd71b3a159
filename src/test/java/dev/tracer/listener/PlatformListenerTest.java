package dev.tracer.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.opentest4j.AssertionFailedError;

/**
 * Runs the fixture classes below (static nested classes: Surefire never selects them, the Platform runs them
 * only when a test here selects them) in-process and checks the events the listener wrote.
 */
class PlatformListenerTest {

    private static final String PREFIX = PlatformListenerTest.class.getName() + "$";

    @TempDir
    Path eventsDir;

    @Test
    void passingFailingAbortedAndDisabledTestsAreReported() {
        Events events = run(BasicFixture.class);

        assertEquals("run_started", events.all.get(0).get("type").asText());
        assertEquals("platform", events.all.get(0).get("provider").asText());
        assertEquals(ProcessHandle.current().pid(), events.all.get(0).get("pid").asLong());
        assertEquals("run_finished", events.all.get(events.all.size() - 1).get("type").asText());

        JsonNode started = events.one("test_started", "passes()");
        assertEquals("[engine:junit-jupiter]/[class:" + PREFIX + "BasicFixture]/[method:passes()]",
                started.get("id").asText());
        assertEquals(PREFIX + "BasicFixture", started.get("class").asText());
        assertEquals("passes", started.get("method").asText());

        JsonNode passed = events.finished("passes()");
        assertEquals(started.get("id"), passed.get("id"));
        assertEquals("passed", passed.get("status").asText());
        assertEquals(List.of("PlatformListenerTest$BasicFixture"), Events.texts(passed.get("parents")));
        assertEquals(List.of(), Events.texts(passed.get("tags")));
        assertTrue(passed.get("duration_ms").asLong() >= 0);
        assertFalse(passed.has("failure") || passed.has("reason") || passed.has("output"));

        JsonNode failed = events.finished("failsWithExpectedAndActual()");
        assertEquals("failed", failed.get("status").asText());
        JsonNode failure = failed.get("failure");
        assertEquals("org.opentest4j.AssertionFailedError", failure.get("type").asText());
        assertEquals("expected: <2> but was: <3>", failure.get("message").asText());
        assertTrue(failure.get("assertion").asBoolean());
        assertEquals("2", failure.get("expected").asText());
        assertEquals("3", failure.get("actual").asText());
        assertTrue(Events.field(failure.get("stack"), "class").contains(PREFIX + "BasicFixture"));
        JsonNode ownFrame = Events.stream(failure.get("stack"))
                .filter(f -> f.get("method").asText().equals("failsWithExpectedAndActual"))
                .findFirst().orElseThrow();
        assertEquals("PlatformListenerTest.java", ownFrame.get("file").asText());
        assertTrue(ownFrame.get("line").asInt() > 0);

        JsonNode aborted = events.finished("aborts()");
        assertEquals("aborted", aborted.get("status").asText());
        assertEquals("Assumption failed: no docker", aborted.get("reason").asText());
        assertFalse(aborted.has("failure"));

        JsonNode skipped = events.one("test_skipped", "disabled()");
        assertEquals("not today", skipped.get("reason").asText());
        assertEquals("disabled", skipped.get("method").asText());
        assertEquals(List.of("PlatformListenerTest$BasicFixture"), Events.texts(skipped.get("parents")));
        assertEquals(0, events.ofType("test_started").stream()
                .filter(e -> e.get("name").asText().equals("disabled()")).count());
        assertEquals(3, events.ofType("test_started").size());
    }

    @Test
    void disabledClassIsASkippedContainerListingItsTests() {
        Events events = run(DisabledClassFixture.class);

        JsonNode container = events.only("container_failed");
        assertEquals("skipped", container.get("status").asText());
        assertEquals("work in progress", container.get("reason").asText());
        assertEquals(PREFIX + "DisabledClassFixture", container.get("class").asText());
        assertEquals("[engine:junit-jupiter]/[class:" + PREFIX + "DisabledClassFixture]", container.get("id").asText());
        assertEquals(Set.of("one()", "two()", "deep()"), Set.copyOf(Events.field(container.get("tests"), "name")));
        JsonNode deep = test(container, "deep()");
        assertEquals(PREFIX + "DisabledClassFixture$Inner", deep.get("class").asText());
        assertEquals("deep", deep.get("method").asText());
        assertEquals(List.of("PlatformListenerTest$DisabledClassFixture", "Inner"), Events.texts(deep.get("parents")));
        assertTrue(deep.get("id").asText().endsWith("/[nested-class:Inner]/[method:deep()]"));
        assertEquals(List.of(), events.ofType("test_started"));
        assertEquals(List.of(), events.ofType("test_skipped"));
    }

    @Test
    void beforeAllFailureListsEveryTestThatNeverStarted() {
        Events events = run(BeforeAllFailsFixture.class);

        JsonNode container = events.only("container_failed");
        assertEquals("failed", container.get("status").asText());
        assertEquals(PREFIX + "BeforeAllFailsFixture", container.get("class").asText());
        assertEquals("java.lang.IllegalStateException", container.get("failure").get("type").asText());
        assertEquals("database is down", container.get("failure").get("message").asText());
        assertFalse(container.get("failure").get("assertion").asBoolean());
        assertFalse(container.get("failure").has("expected"));
        assertEquals(Set.of("first()", "second()", "square(int)", "deep()"),
                Set.copyOf(Events.field(container.get("tests"), "name")));
        JsonNode parameterized = test(container, "square(int)");
        assertEquals("square", parameterized.get("method").asText());
        assertTrue(parameterized.get("id").asText().endsWith("/[test-template:square(int)]"));
        assertEquals(List.of("PlatformListenerTest$BeforeAllFailsFixture", "Inner"),
                Events.texts(test(container, "deep()").get("parents")));
        assertEquals(List.of(), events.ofType("test_started"));
        assertEquals(List.of(), events.ofType("test_finished"));
    }

    @Test
    void beforeAllAssumptionAbortsTheClassWithItsReason() {
        Events events = run(BeforeAllAbortsFixture.class);

        JsonNode container = events.only("container_failed");
        assertEquals("aborted", container.get("status").asText());
        assertEquals("Assumption failed: Docker is not available", container.get("reason").asText());
        assertFalse(container.has("failure"));
        assertEquals(List.of("needsDocker()"), Events.field(container.get("tests"), "name"));
    }

    @Test
    void afterAllFailureIsAContainerFailureWithNoTestLeftUnstarted() {
        Events events = run(AfterAllFailsFixture.class);

        assertEquals("passed", events.finished("runs()").get("status").asText());
        JsonNode container = events.only("container_failed");
        assertEquals("failed", container.get("status").asText());
        assertEquals("cleanup failed", container.get("failure").get("message").asText());
        assertEquals(0, container.get("tests").size());
    }

    @Test
    void nestedClassesAndDisplayNamesBecomeParentsAndTagsAreSorted() {
        Events events = run(NestedFixture.class);

        JsonNode test = events.finished("applies 10%");
        assertEquals(List.of("Cart", "with discount"), Events.texts(test.get("parents")));
        assertEquals(PREFIX + "NestedFixture$WithDiscount", test.get("class").asText());
        assertEquals("applies", test.get("method").asText());
        assertEquals(List.of("a-tag", "cart", "discount", "z-tag"), Events.texts(test.get("tags")));
        assertEquals(List.of("Cart"), Events.texts(events.finished("is empty").get("parents")));
    }

    @Test
    void parameterizedInvocationsAreTestsNamedByTheirIndex() {
        Events events = run(ParameterizedFixture.class);

        for (String name : List.of("[1] 1", "[2] 2")) {
            JsonNode invocation = events.finished(name);
            assertEquals("passed", invocation.get("status").asText());
            assertEquals("square", invocation.get("method").asText());
            assertEquals(PREFIX + "ParameterizedFixture", invocation.get("class").asText());
            assertEquals(List.of("PlatformListenerTest$ParameterizedFixture", "square(int)"), Events.texts(invocation.get("parents")));
            assertTrue(invocation.get("id").asText().endsWith("/[test-template:square(int)]/[test-template-invocation:#"
                    + name.charAt(1) + "]"), invocation.get("id").asText());
        }
        JsonNode third = events.finished("[3] 3");
        assertEquals("failed", third.get("status").asText());
        assertEquals(3, events.ofType("test_finished").stream()
                .filter(e -> e.get("method").asText().equals("square")).count());
    }

    @Test
    void parameterizedTestWhoseArgumentsSourceThrowsIsAFailedTest() {
        Events events = run(BrokenSourceFixture.class);

        JsonNode broken = events.finished("broken(int)");
        assertEquals("failed", broken.get("status").asText());
        assertEquals("[engine:junit-jupiter]/[class:" + PREFIX + "BrokenSourceFixture]/[test-template:broken(int)]",
                broken.get("id").asText());
        assertEquals("broken", broken.get("method").asText());
        assertEquals(List.of("PlatformListenerTest$BrokenSourceFixture"), Events.texts(broken.get("parents")));
        assertTrue(failureChainMentions(broken.get("failure"), "no test data"), broken.toString());
        assertEquals(List.of(), events.ofType("container_failed"));
    }

    @Test
    void testFactoryThatThrowsIsAFailedTestAndItsDynamicTestsAreTests() {
        Events events = run(FactoryFixture.class);

        JsonNode factory = events.finished("throwing()");
        assertEquals("failed", factory.get("status").asText());
        assertTrue(failureChainMentions(factory.get("failure"), "factory broke"), factory.toString());

        JsonNode dynamic = events.finished("dynamic one");
        assertEquals("passed", dynamic.get("status").asText());
        assertEquals("generating", dynamic.get("method").asText());
        assertEquals(List.of("PlatformListenerTest$FactoryFixture", "generating()"), Events.texts(dynamic.get("parents")));
    }

    @Test
    void disabledParameterizedTestIsASkippedTest() {
        Events events = run(DisabledParameterizedFixture.class);

        JsonNode skipped = events.one("test_skipped", "later(int)");
        assertEquals("later", skipped.get("method").asText());
        assertEquals("needs the new parser", skipped.get("reason").asText());
    }

    @Test
    void outputIsCapturedOnlyForFailedTestsAndAttributedToThem() {
        Events events = run(OutputFixture.class);

        JsonNode quiet = events.finished("printsAndPasses()");
        assertEquals("passed", quiet.get("status").asText());
        assertFalse(quiet.has("output"));

        String output = events.finished("printsAndFails()").get("output").asText();
        assertEquals("out of printsAndFails" + System.lineSeparator() + "err of printsAndFails 42"
                + System.lineSeparator(), output);

        String threaded = events.finished("threadItStartsPrints()").get("output").asText();
        assertTrue(threaded.contains("from the test's own thread"), threaded);
        assertFalse(threaded.contains("printsAnd"), threaded);

        String tail = events.finished("printsTooMuch()").get("output").asText();
        assertEquals(OutputCapture.LIMIT, tail.length());
        assertTrue(tail.endsWith("THE END"), tail.substring(tail.length() - 20));

        assertFalse(events.finished("failsSilently()").has("output"));
    }

    @Test
    void parallelTestsKeepTheirOwnOutputAndState() {
        Events events = run(Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "8"),
                ParallelFixture.class);

        for (int i = 1; i <= ParallelFixture.PARTIES; i++) {
            JsonNode test = events.finished("test" + i + "()");
            assertEquals(i % 2 == 0 ? "passed" : "failed", test.get("status").asText(), test.toString());
            if (i % 2 == 1) {
                assertEquals("start " + i + System.lineSeparator() + "end " + i + System.lineSeparator(),
                        test.get("output").asText());
                assertEquals("failure " + i, test.get("failure").get("message").asText());
            }
        }
        assertEquals(ParallelFixture.PARTIES, events.ofType("test_started").size());
    }

    @Test
    void nastyStringsSurviveTheRoundTrip() {
        Events events = run(NastyFixture.class);

        JsonNode test = events.finished(NastyFixture.NASTY);
        assertEquals(NastyFixture.NASTY, test.get("failure").get("message").asText());
        assertEquals(NastyFixture.NASTY, test.get("failure").get("expected").asText());
        assertEquals("plain", test.get("failure").get("actual").asText());
        assertTrue(test.get("output").asText().startsWith(NastyFixture.NASTY), test.get("output").asText());
    }

    @Test
    void listenerErrorIsReportedAndNeverBreaksTheRun() throws Exception {
        Path notADirectory = Files.writeString(eventsDir.resolve("file"), "");
        int errorsBefore = ListenerErrors.count();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();

        LauncherFactory.create().execute(request(Map.of(), BasicFixture.class),
                new TracerPlatformListener(notADirectory.resolve("events")), summary);

        assertTrue(ListenerErrors.count() > errorsBefore);
        assertEquals(4, summary.getSummary().getTestsFoundCount());
        assertEquals(1, summary.getSummary().getTestsSucceededCount());
        assertEquals(1, summary.getSummary().getTestsFailedCount());
    }

    @Test
    void disabledPropertyTurnsTheListenerOff() {
        System.setProperty(ListenerConfig.DISABLED_PROPERTY, "true");
        try {
            LauncherFactory.create().execute(request(Map.of(), BasicFixture.class),
                    new TracerPlatformListener(eventsDir));
        } finally {
            System.clearProperty(ListenerConfig.DISABLED_PROPERTY);
        }
        assertEquals(List.of(), Events.files(eventsDir));
    }

    @Test
    void withoutPropertiesFileTheListenerDoesNothing() throws Exception {
        assertNull(ListenerConfig.configuredEventsDir(), "this JVM has no listener properties file");
        int errorsBefore = ListenerErrors.count();
        long linesBefore = EventLog.linesOffered();
        TracerPlatformListener listener = new TracerPlatformListener();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();

        LauncherFactory.create().execute(request(Map.of(), BasicFixture.class), listener, summary);

        assertTrue(summary.getSummary().getTestsStartedCount() > 0, "the fixture ran");
        assertEquals(linesBefore, EventLog.linesOffered(), "no event was written, to any directory");
        assertEquals(errorsBefore, ListenerErrors.count());
    }

    private Events run(Class<?>... fixtures) {
        return run(Map.of(), fixtures);
    }

    private Events run(Map<String, String> configuration, Class<?>... fixtures) {
        int errorsBefore = ListenerErrors.count();
        LauncherFactory.create().execute(request(configuration, fixtures), new TracerPlatformListener(eventsDir));
        assertEquals(errorsBefore, ListenerErrors.count(), "the listener caught an error");
        assertEquals(1, Events.files(eventsDir).size());
        return Events.read(eventsDir);
    }

    static LauncherDiscoveryRequest request(Map<String, String> configuration, Class<?>... fixtures) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.stream(fixtures).map(c -> selectClass(c)).collect(Collectors.toList()))
                .configurationParameters(configuration)
                .build();
    }

    private static JsonNode test(JsonNode container, String name) {
        return Events.stream(container.get("tests")).filter(t -> t.get("name").asText().equals(name))
                .findFirst().orElseThrow();
    }

    private static boolean failureChainMentions(JsonNode failure, String text) {
        for (JsonNode t = failure; t != null; t = t.get("cause")) {
            if (t.has("message") && t.get("message").asText().contains(text)) {
                return true;
            }
        }
        return false;
    }

    // ---- fixtures: run only through the launches above ----

    static class BasicFixture {
        @Test
        void passes() {
        }

        @Test
        void failsWithExpectedAndActual() {
            org.junit.jupiter.api.Assertions.assertEquals(2, 3);
        }

        @Test
        void aborts() {
            Assumptions.assumeTrue(false, "no docker");
        }

        @Test
        @Disabled("not today")
        void disabled() {
        }
    }

    @Disabled("work in progress")
    static class DisabledClassFixture {
        @Test
        void one() {
        }

        @Test
        void two() {
        }

        @Nested
        class Inner {
            @Test
            void deep() {
            }
        }
    }

    static class BeforeAllFailsFixture {
        @BeforeAll
        static void connect() {
            throw new IllegalStateException("database is down");
        }

        @Test
        void first() {
        }

        @Test
        void second() {
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2})
        void square(int x) {
        }

        @Nested
        class Inner {
            @Test
            void deep() {
            }
        }
    }

    static class BeforeAllAbortsFixture {
        @BeforeAll
        static void docker() {
            Assumptions.assumeTrue(false, "Docker is not available");
        }

        @Test
        void needsDocker() {
        }
    }

    static class AfterAllFailsFixture {
        @AfterAll
        static void cleanup() {
            throw new IllegalStateException("cleanup failed");
        }

        @Test
        void runs() {
        }
    }

    @DisplayName("Cart")
    @Tag("cart")
    static class NestedFixture {
        @Test
        @DisplayName("is empty")
        void empty() {
        }

        @Nested
        @DisplayName("with discount")
        @Tag("discount")
        class WithDiscount {
            @Test
            @DisplayName("applies 10%")
            @Tag("z-tag")
            @Tag("a-tag")
            void applies() {
            }
        }
    }

    static class ParameterizedFixture {
        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3})
        void square(int x) {
            org.junit.jupiter.api.Assertions.assertTrue(x < 3);
        }
    }

    static class BrokenSourceFixture {
        static Stream<Arguments> noData() {
            throw new IllegalStateException("no test data");
        }

        @ParameterizedTest
        @MethodSource("noData")
        void broken(int x) {
        }
    }

    static class FactoryFixture {
        @TestFactory
        Stream<DynamicTest> throwing() {
            throw new IllegalStateException("factory broke");
        }

        @TestFactory
        Stream<DynamicTest> generating() {
            return Stream.of(DynamicTest.dynamicTest("dynamic one", () -> { }));
        }
    }

    static class DisabledParameterizedFixture {
        @ParameterizedTest
        @ValueSource(ints = 1)
        @Disabled("needs the new parser")
        void later(int x) {
        }
    }

    static class OutputFixture {
        @Test
        void printsAndPasses() {
            System.out.println("out of printsAndPasses");
        }

        @Test
        void printsAndFails() {
            System.out.println("out of printsAndFails");
            System.err.printf("err of %s %d%n", "printsAndFails", 42);
            org.junit.jupiter.api.Assertions.fail("boom");
        }

        @Test
        void threadItStartsPrints() throws InterruptedException {
            Thread thread = new Thread(() -> System.out.println("from the test's own thread"));
            thread.start();
            thread.join();
            org.junit.jupiter.api.Assertions.fail("boom");
        }

        @Test
        void printsTooMuch() {
            for (int i = 0; i < 3_000; i++) {
                System.out.print("0123456789");
            }
            System.out.print("THE END");
            org.junit.jupiter.api.Assertions.fail("boom");
        }

        @Test
        void failsSilently() {
            org.junit.jupiter.api.Assertions.fail("boom");
        }
    }

    @Execution(ExecutionMode.CONCURRENT)
    static class ParallelFixture {
        static final int PARTIES = 4;
        static final CyclicBarrier BARRIER = new CyclicBarrier(PARTIES);

        static void body(int i) throws Exception {
            System.out.println("start " + i);
            BARRIER.await(20, TimeUnit.SECONDS);
            System.out.println("end " + i);
            if (i % 2 == 1) {
                org.junit.jupiter.api.Assertions.fail("failure " + i);
            }
        }

        @Test
        void test1() throws Exception {
            body(1);
        }

        @Test
        void test2() throws Exception {
            body(2);
        }

        @Test
        void test3() throws Exception {
            body(3);
        }

        @Test
        void test4() throws Exception {
            body(4);
        }
    }

    static class NastyFixture {
        static final String NASTY = "quote \" backslash \\ slash / newline \n tab \t nul \u0000 unit \u001f del \u007f"
                + " line-sep \u2028 emoji \uD83D\uDE00 lone-high \uD800 lone-low \uDC00 end";

        @Test
        @DisplayName(NASTY)
        void nasty() {
            System.out.print(NASTY);
            throw new AssertionFailedError(NASTY, NASTY, "plain");
        }
    }
}
