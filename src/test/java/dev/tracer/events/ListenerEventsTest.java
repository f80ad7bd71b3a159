package dev.tracer.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tracer.model.ClassFailure;
import dev.tracer.model.Failure;
import dev.tracer.model.StackFrame;
import dev.tracer.model.TestCase;
import dev.tracer.model.TestState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListenerEventsTest {

    private static final String SUREFIRE_CRASH =
            "The forked VM terminated without properly saying goodbye. VM crash or System.exit called?";

    private static final String CART = "[engine:junit-jupiter]/[class:shop.CartTest]";

    @TempDir
    Path dir;

    private void write(String fileName, String... lines) throws IOException {
        Files.writeString(dir.resolve(fileName), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static String started(String id, String className, String method, String name) {
        return "{\"type\":\"test_started\",\"id\":\"" + id + "\",\"class\":\"" + className + "\",\"method\":\"" + method
                + "\",\"name\":\"" + name + "\"}";
    }

    private static Map<String, TestCase> byId(RunEvents events) {
        return events.tests().stream().collect(Collectors.toMap(TestCase::id, Function.identity()));
    }

    @Test
    void aMissingDirectoryMeansTheListenerNeverRan() {
        RunEvents events = ListenerEvents.read(dir.resolve("absent"), null);
        assertFalse(events.listenerRan());
        assertEquals(List.of(), events.tests());
        assertEquals(List.of(), events.warnings());
    }

    @Test
    void aDirectoryWithoutEventFilesMeansTheListenerNeverRan() throws IOException {
        Files.writeString(dir.resolve("other.txt"), "x");
        assertFalse(ListenerEvents.read(dir, null).listenerRan());
    }

    @Test
    void mapsEveryOutcomeOfACompleteRun() throws IOException {
        write("events-100-a1b2.jsonl",
                "{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":100}",
                started(CART + "/[method:passes()]", "shop.CartTest", "passes", "passes()"),
                "{\"type\":\"test_finished\",\"id\":\"" + CART + "/[method:passes()]\",\"class\":\"shop.CartTest\","
                        + "\"method\":\"passes\",\"name\":\"passes()\",\"parents\":[\"CartTest\"],\"tags\":[\"slow\",\"fast\"],"
                        + "\"status\":\"passed\",\"duration_ms\":12,\"output\":\"hello\\n\"}",
                started(CART + "/[method:fails()]", "shop.CartTest", "fails", "fails()"),
                "{\"type\":\"test_finished\",\"id\":\"" + CART + "/[method:fails()]\",\"class\":\"shop.CartTest\","
                        + "\"method\":\"fails\",\"name\":\"fails()\",\"parents\":[\"CartTest\"],\"tags\":[],"
                        + "\"status\":\"failed\",\"duration_ms\":7,\"output\":\"adding 2 items\\n\","
                        + "\"failure\":{\"type\":\"org.opentest4j.AssertionFailedError\","
                        + "\"message\":\"expected: <5> but was: <4>\",\"assertion\":true,\"expected\":\"5\",\"actual\":\"4\","
                        + "\"stack\":[{\"class\":\"org.junit.jupiter.api.AssertionFailureBuilder\",\"method\":\"build\","
                        + "\"file\":\"AssertionFailureBuilder.java\",\"line\":151},"
                        + "{\"class\":\"org.junit.jupiter.api.Assertions\",\"method\":\"assertEquals\","
                        + "\"file\":\"Assertions.java\",\"line\":531},"
                        + "{\"class\":\"shop.CartTest\",\"method\":\"fails\",\"file\":\"CartTest.java\",\"line\":15},"
                        + "{\"class\":\"jdk.internal.reflect.NativeMethodAccessorImpl\",\"method\":\"invoke0\",\"line\":-2},"
                        + "{\"class\":\"java.lang.reflect.Method\",\"method\":\"invoke\",\"file\":\"Method.java\",\"line\":569},"
                        + "{\"class\":\"org.apache.maven.surefire.booter.ForkedBooter\",\"method\":\"main\","
                        + "\"file\":\"ForkedBooter.java\",\"line\":507}]}}",
                started(CART + "/[method:needsDocker()]", "shop.CartTest", "needsDocker", "needsDocker()"),
                "{\"type\":\"test_finished\",\"id\":\"" + CART + "/[method:needsDocker()]\",\"class\":\"shop.CartTest\","
                        + "\"method\":\"needsDocker\",\"name\":\"needsDocker()\",\"parents\":[\"CartTest\"],\"tags\":[],"
                        + "\"status\":\"aborted\",\"duration_ms\":1,\"reason\":\"Assumption failed: no Docker\"}",
                "{\"type\":\"test_skipped\",\"id\":\"" + CART + "/[method:later()]\",\"class\":\"shop.CartTest\","
                        + "\"method\":\"later\",\"name\":\"later()\",\"parents\":[\"CartTest\"],\"tags\":[],"
                        + "\"reason\":\"not yet\"}",
                "{\"type\":\"run_finished\"}");

        RunEvents events = ListenerEvents.read(dir, SUREFIRE_CRASH);

        assertTrue(events.listenerRan());
        assertEquals(List.of(), events.warnings());
        assertEquals(List.of(CART + "/[method:fails()]", CART + "/[method:later()]", CART + "/[method:needsDocker()]",
                CART + "/[method:passes()]"), events.tests().stream().map(TestCase::id).toList(), "sorted by id");
        Map<String, TestCase> tests = byId(events);

        TestCase passes = tests.get(CART + "/[method:passes()]");
        assertEquals(new TestCase(CART + "/[method:passes()]", "passes()", "shop.CartTest", "passes", null, null, null,
                TestState.PASSED, 12, List.of("fast", "slow"), null, null, null), passes, "tags sorted, output dropped");

        TestCase fails = tests.get(CART + "/[method:fails()]");
        assertEquals(TestState.FAILED, fails.state());
        assertEquals(7, fails.durationMs());
        assertEquals("adding 2 items\n", fails.output());
        assertEquals(List.of(new Failure("assertion", "org.opentest4j.AssertionFailedError", "expected: <5> but was: <4>",
                        "5", "4", null, null, null, List.of(new StackFrame("shop.CartTest", "fails", "CartTest.java", 15)))),
                fails.failures());

        TestCase needsDocker = tests.get(CART + "/[method:needsDocker()]");
        assertEquals(TestState.SKIPPED, needsDocker.state());
        assertEquals("Assumption failed: no Docker", needsDocker.skipReason());
        assertNull(needsDocker.failures());

        TestCase later = tests.get(CART + "/[method:later()]");
        assertEquals(TestState.SKIPPED, later.state());
        assertEquals("not yet", later.skipReason());
        assertEquals(0, later.durationMs());
    }

    @Test
    void parameterizedInvocationsAreSeparateTestsNamedByTheirDisplayName() throws IOException {
        String method = CART + "/[test-template:param(int)]";
        write("events-1-x.jsonl",
                "{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":1}",
                "{\"type\":\"test_finished\",\"id\":\"" + method + "/[test-template-invocation:#1]\",\"class\":\"shop.CartTest\","
                        + "\"method\":\"param\",\"name\":\"[1] 1\",\"parents\":[\"CartTest\",\"param(int)\"],\"tags\":[],"
                        + "\"status\":\"passed\",\"duration_ms\":3}",
                "{\"type\":\"test_finished\",\"id\":\"" + method + "/[test-template-invocation:#3]\",\"class\":\"shop.CartTest\","
                        + "\"method\":\"param\",\"name\":\"[3] 101\",\"parents\":[\"CartTest\",\"param(int)\"],\"tags\":[],"
                        + "\"status\":\"failed\",\"duration_ms\":2,\"failure\":{\"type\":\"org.opentest4j.AssertionFailedError\","
                        + "\"message\":\"too big ==> expected: <true> but was: <false>\",\"assertion\":true,"
                        + "\"expected\":\"true\",\"actual\":\"false\",\"stack\":[{\"class\":\"shop.CartTest\",\"method\":\"param\","
                        + "\"file\":\"CartTest.java\",\"line\":13},{\"class\":\"java.util.stream.ForEachOps$ForEachOp$OfRef\","
                        + "\"method\":\"accept\",\"file\":\"ForEachOps.java\",\"line\":183}]}}",
                "{\"type\":\"run_finished\"}");

        List<TestCase> tests = ListenerEvents.read(dir, null).tests();

        assertEquals(List.of("[1] 1", "[3] 101"), tests.stream().map(TestCase::name).toList());
        assertEquals(List.of("param", "param"), tests.stream().map(TestCase::method).toList());
        assertEquals(List.of(TestState.PASSED, TestState.FAILED), tests.stream().map(TestCase::state).toList());
        assertEquals(List.of(new StackFrame("shop.CartTest", "param", "CartTest.java", 13)),
                tests.get(1).failures().get(0).stacktrace());
    }

    @Test
    void aFailedClassContainerGivesAClassFailureAndInvalidTests() throws IOException {
        String setup = "[engine:junit-jupiter]/[class:shop.SetupTest]";
        write("events-7-q.jsonl",
                "{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":7}",
                "{\"type\":\"container_failed\",\"id\":\"" + setup + "\",\"class\":\"shop.SetupTest\",\"status\":\"failed\","
                        + "\"failure\":{\"type\":\"java.lang.IllegalStateException\",\"message\":\"db down\",\"assertion\":false,"
                        + "\"stack\":[{\"class\":\"shop.SetupTest\",\"method\":\"setup\",\"file\":\"SetupTest.java\",\"line\":4},"
                        + "{\"class\":\"java.lang.reflect.Method\",\"method\":\"invoke\",\"file\":\"Method.java\",\"line\":569}]},"
                        + "\"tests\":[{\"id\":\"" + setup + "/[method:a()]\",\"class\":\"shop.SetupTest\",\"method\":\"a\","
                        + "\"name\":\"a()\",\"parents\":[\"SetupTest\"],\"tags\":[\"db\"]},"
                        + "{\"id\":\"" + setup + "/[nested-class:Inner]/[method:b()]\",\"class\":\"shop.SetupTest$Inner\","
                        + "\"method\":\"b\",\"name\":\"b()\",\"parents\":[\"SetupTest\",\"Inner\"],\"tags\":[]}]}",
                "{\"type\":\"run_finished\"}");

        RunEvents events = ListenerEvents.read(dir, null);

        Failure dbDown = new Failure("error", "java.lang.IllegalStateException", "db down", null, null, null, null, null,
                List.of(new StackFrame("shop.SetupTest", "setup", "SetupTest.java", 4)));
        assertEquals(List.of(new ClassFailure("shop.SetupTest", null, null, List.of(dbDown))), events.classFailures());
        assertEquals(2, events.tests().size());
        for (TestCase test : events.tests()) {
            assertEquals(TestState.INVALID, test.state());
            assertEquals(List.of(dbDown), test.failures());
        }
        assertEquals(List.of("db"), events.tests().get(0).tags());
        assertEquals("shop.SetupTest$Inner", events.tests().get(1).className());
    }

    @Test
    void anAssumptionFailingInBeforeAllSkipsTheClassAsAWholeAndADisabledClassSkipsEachTest() throws IOException {
        String it = "[engine:junit-jupiter]/[class:shop.DockerIT]";
        write("events-7-q.jsonl",
                "{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":7}",
                "{\"type\":\"container_failed\",\"id\":\"" + it + "\",\"class\":\"shop.DockerIT\",\"status\":\"aborted\","
                        + "\"reason\":\"Docker is not available\",\"failure\":{\"type\":\"org.opentest4j.TestAbortedException\","
                        + "\"message\":\"Assumption failed: Docker is not available\",\"assertion\":false,\"stack\":[]},"
                        + "\"tests\":[{\"id\":\"" + it + "/[method:a()]\",\"class\":\"shop.DockerIT\",\"method\":\"a\","
                        + "\"name\":\"a()\",\"parents\":[\"DockerIT\"],\"tags\":[]}]}",
                "{\"type\":\"container_failed\",\"id\":\"[engine:junit-jupiter]/[class:shop.Off]\",\"class\":\"shop.Off\","
                        + "\"status\":\"skipped\",\"reason\":\"switched off\",\"tests\":[{\"id\":\"[engine:junit-jupiter]/[class:shop.Off]/[method:x()]\","
                        + "\"class\":\"shop.Off\",\"method\":\"x\",\"name\":\"x()\",\"parents\":[\"Off\"],\"tags\":[]}]}",
                "{\"type\":\"run_finished\"}");

        RunEvents events = ListenerEvents.read(dir, null);

        assertEquals(List.of(), events.classFailures());
        // The aborted class is also a skipped class: whether Surefire counts its tests depends on its version.
        assertEquals(List.of(new dev.tracer.model.SkippedClass("shop.DockerIT", null, null, "Docker is not available",
                1)), events.skippedClasses());
        assertEquals(List.of(TestState.SKIPPED, TestState.SKIPPED), events.tests().stream().map(TestCase::state).toList());
        assertEquals(List.of("Docker is not available", "switched off"),
                events.tests().stream().map(TestCase::skipReason).toList());
    }

    @Test
    void anEngineLevelFailureIsAClassFailureNamedByTheEngineId() throws IOException {
        write("events-7-q.jsonl",
                "{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":7}",
                "{\"type\":\"container_failed\",\"id\":\"[engine:junit-vintage]\",\"status\":\"failed\","
                        + "\"failure\":{\"type\":\"org.junit.platform.commons.JUnitException\",\"message\":\"discovery failed\","
                        + "\"assertion\":false,\"stack\":[]},\"tests\":[]}",
                "{\"type\":\"run_finished\"}");

        RunEvents events = ListenerEvents.read(dir, null);

        assertEquals(1, events.classFailures().size());
        assertEquals("[engine:junit-vintage]", events.classFailures().get(0).className());
        assertEquals("discovery failed", events.classFailures().get(0).failures().get(0).message());
        assertEquals(List.of(), events.tests());
    }

    @Test
    void theTestRunningWhenTheJvmDiedFailsWithTheCrashCause() throws IOException {
        String exits = CART + "/[method:exits()]";
        write("events-42-dead.jsonl",
                "{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":42}",
                started(CART + "/[method:passes()]", "shop.CartTest", "passes", "passes()"),
                "{\"type\":\"test_finished\",\"id\":\"" + CART + "/[method:passes()]\",\"class\":\"shop.CartTest\","
                        + "\"method\":\"passes\",\"name\":\"passes()\",\"parents\":[],\"tags\":[],\"status\":\"passed\",\"duration_ms\":1}",
                started(exits, "shop.CartTest", "exits", "exits()"));

        RunEvents events = ListenerEvents.read(dir, SUREFIRE_CRASH);

        TestCase crashed = byId(events).get(exits);
        assertEquals(TestState.FAILED, crashed.state());
        assertEquals("exits", crashed.method());
        assertEquals(List.of(new Failure("error", "dev.tracer.ForkCrash",
                "The test JVM died while this test was running: " + SUREFIRE_CRASH,
                null, null, null, null, null, List.of())), crashed.failures());
        assertEquals(TestState.PASSED, byId(events).get(CART + "/[method:passes()]").state());
        assertEquals(List.of(), events.warnings(), "the failed test says it all");
    }

    @Test
    void aCrashWithoutKnownCauseGetsAGenericMessage() throws IOException {
        write("events-42-dead.jsonl", started(CART + "/[method:exits()]", "shop.CartTest", "exits", "exits()"));

        Failure failure = ListenerEvents.read(dir, null).tests().get(0).failures().get(0);

        assertEquals(ListenerEvents.FORK_CRASH, failure.type());
        assertEquals("The test JVM died while this test was running: " + ListenerEvents.GENERIC_CRASH_CAUSE,
                failure.message());
    }

    @Test
    void aJvmThatStoppedBetweenTestsGivesAWarning() throws IOException {
        write("events-42-dead.jsonl",
                "{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":42}",
                "{\"type\":\"test_finished\",\"id\":\"t\",\"class\":\"a.B\",\"method\":\"m\",\"name\":\"m()\","
                        + "\"parents\":[],\"tags\":[],\"status\":\"passed\",\"duration_ms\":1}");

        RunEvents events = ListenerEvents.read(dir, SUREFIRE_CRASH);

        assertEquals(1, events.tests().size());
        assertEquals(List.of("The test JVM that wrote events-42-dead.jsonl stopped before the end of its run,"
                + " between tests: " + SUREFIRE_CRASH), events.warnings());
    }

    @Test
    void anUnfinishedTestInAFinishedRunFailsWithoutResult() throws IOException {
        write("events-1-a.jsonl", started("t", "a.B", "m", "m()"), "{\"type\":\"run_finished\"}");

        TestCase test = ListenerEvents.read(dir, SUREFIRE_CRASH).tests().get(0);

        assertEquals(TestState.FAILED, test.state());
        assertEquals(ListenerEvents.NO_RESULT, test.failures().get(0).type());
    }

    @Test
    void malformedLinesAreSkippedWithAWarning() throws IOException {
        String good = "{\"type\":\"test_finished\",\"id\":\"t1\",\"class\":\"a.B\",\"method\":\"m\",\"name\":\"m()\","
                + "\"parents\":[],\"tags\":[],\"status\":\"passed\",\"duration_ms\":1}";
        write("events-9-k.jsonl",
                "{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":9}",
                "[1,2]",
                good,
                "{\"type\":\"run_finished\"} trailing",
                "",
                "{\"type\":\"test_finished\",\"id\":\"t2\",\"class\":\"a.B\",\"meth");

        RunEvents events = ListenerEvents.read(dir, "killed");

        assertEquals(List.of("t1"), events.tests().stream().map(TestCase::id).toList());
        assertEquals(List.of(
                "Skipped 3 malformed lines in events-9-k.jsonl (lines 2, 4, 6); a test JVM may have been killed while writing.",
                "The test JVM that wrote events-9-k.jsonl stopped before the end of its run, between tests: killed"),
                events.warnings());
    }

    @Test
    void invalidUtf8DoesNotStopReading() throws IOException {
        byte[] broken = {'{', '"', 't', 'y', 'p', 'e', '"', ':', '"', (byte) 0xC3};
        Files.write(dir.resolve("events-1-a.jsonl"), broken);
        RunEvents events = ListenerEvents.read(dir, null);
        assertEquals(List.of(), events.tests());
        assertEquals(2, events.warnings().size());
    }

    @Test
    void theSameIdFromTwoProvidersIsKeptOnce() throws IOException {
        String finished = "{\"type\":\"test_finished\",\"id\":\"junit4:a.LegacyTest#m\",\"class\":\"a.LegacyTest\","
                + "\"method\":\"m\",\"name\":\"m\",\"parents\":[],\"tags\":[],\"status\":\"passed\",\"duration_ms\":%d}";
        write("events-1-a.jsonl", "{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":1}",
                String.format(finished, 3), "{\"type\":\"run_finished\"}");
        write("events-1-b.jsonl", "{\"type\":\"run_started\",\"provider\":\"junit4\",\"pid\":1}",
                String.format(finished, 4), "{\"type\":\"run_finished\"}");

        RunEvents events = ListenerEvents.read(dir, null);

        assertEquals(1, events.tests().size());
        assertEquals(3, events.tests().get(0).durationMs(), "the first file read wins");
        assertEquals(List.of(), events.warnings());
    }

    @Test
    void aTestThatFailedThenPassedOnSurefiresRerunIsFlakyWithItsFirstFailure() throws IOException {
        String finished = "{\"type\":\"test_finished\",\"id\":\"t\",\"class\":\"a.B\",\"method\":\"m\",\"name\":\"m()\","
                + "\"parents\":[],\"tags\":[],\"status\":\"%s\",\"duration_ms\":1}";
        write("events-1-a.jsonl", String.format(finished, "failed"), String.format(finished, "passed"),
                "{\"type\":\"run_finished\"}");

        RunEvents events = ListenerEvents.read(dir, null);

        assertEquals(List.of(), events.tests(), "a flaky test leaves tests for flaky");
        assertEquals(1, events.flaky().size());
        TestCase flaky = events.flaky().get(0);
        assertEquals(TestState.FAILED, flaky.state(), "as in the first run");
        assertEquals(TestState.PASSED, flaky.rerun().state());
        assertEquals(List.of(), events.warnings());
    }

    @Test
    void aReportedResultBeatsOneDerivedFromAContainer() throws IOException {
        write("events-1-a.jsonl",
                "{\"type\":\"container_failed\",\"id\":\"c\",\"class\":\"a.B\",\"status\":\"failed\","
                        + "\"failure\":{\"type\":\"java.lang.Error\",\"assertion\":false,\"stack\":[]},"
                        + "\"tests\":[{\"id\":\"t\",\"class\":\"a.B\",\"method\":\"m\",\"name\":\"m()\",\"parents\":[],\"tags\":[]}]}",
                "{\"type\":\"run_finished\"}");
        write("events-2-a.jsonl",
                "{\"type\":\"test_finished\",\"id\":\"t\",\"class\":\"a.B\",\"method\":\"m\",\"name\":\"m()\","
                        + "\"parents\":[],\"tags\":[],\"status\":\"passed\",\"duration_ms\":1}",
                "{\"type\":\"run_finished\"}");

        RunEvents events = ListenerEvents.read(dir, null);

        assertEquals(List.of(TestState.PASSED), events.tests().stream().map(TestCase::state).toList());
        assertEquals(1, events.classFailures().size(), "the class failure itself stays");
    }

    @Test
    void anErrorWithoutMessageIsNamedByItsRootCause() throws IOException {
        write("events-1-a.jsonl", failedWith("{\"type\":\"java.lang.ExceptionInInitializerError\",\"assertion\":false,"
                        + "\"stack\":[],\"cause\":{\"type\":\"java.lang.IllegalArgumentException\",\"message\":\"bad config\","
                        + "\"assertion\":false,\"stack\":[]}}"),
                "{\"type\":\"run_finished\"}");

        Failure failure = ListenerEvents.read(dir, null).tests().get(0).failures().get(0);

        assertEquals("java.lang.ExceptionInInitializerError", failure.type());
        assertEquals("caused by java.lang.IllegalArgumentException: bad config", failure.message());
    }

    @Test
    void anErrorWithAMessageGetsItsRootCauseAppended() throws IOException {
        write("events-1-a.jsonl", failedWith("{\"type\":\"java.lang.RuntimeException\",\"message\":\"could not load\","
                        + "\"assertion\":false,\"stack\":[],\"cause\":{\"type\":\"java.io.UncheckedIOException\","
                        + "\"message\":\"java.io.IOException: disk\",\"assertion\":false,\"stack\":[],"
                        + "\"cause\":{\"type\":\"java.io.IOException\",\"message\":\"disk\",\"assertion\":false,\"stack\":[]}}}"),
                "{\"type\":\"run_finished\"}");

        assertEquals("could not load (caused by java.io.IOException: disk)",
                ListenerEvents.read(dir, null).tests().get(0).failures().get(0).message());
    }

    @Test
    void aWrapperWhoseMessageNamesTheCauseIsLeftAlone() throws IOException {
        write("events-1-a.jsonl", failedWith("{\"type\":\"java.lang.RuntimeException\","
                        + "\"message\":\"java.lang.IllegalStateException: boom\",\"assertion\":false,\"stack\":[],"
                        + "\"cause\":{\"type\":\"java.lang.IllegalStateException\",\"message\":\"boom\",\"assertion\":false,\"stack\":[]}}"),
                "{\"type\":\"run_finished\"}");

        assertEquals("java.lang.IllegalStateException: boom",
                ListenerEvents.read(dir, null).tests().get(0).failures().get(0).message());
    }

    /** A THROWABLE as the listener writes it for a real exception that exposes no values. */
    private static String throwableOf(Throwable t, boolean assertion) {
        ObjectNode node = new ObjectMapper().createObjectNode()
                .put("type", t.getClass().getName()).put("message", t.getMessage()).put("assertion", assertion);
        node.putArray("stack");
        return node.toString();
    }

    @Test
    void anAssertionWithoutValuesGetsThemFromItsMessage() throws IOException {
        AssertionError junit4 = assertThrows(AssertionError.class,
                () -> org.junit.Assert.assertEquals("length of Ada", 6L, 5L));
        write("events-1-a.jsonl", failedWith(throwableOf(junit4, true)), "{\"type\":\"run_finished\"}");

        Failure failure = ListenerEvents.read(dir, null).tests().get(0).failures().get(0);

        assertEquals("length of Ada expected:<6> but was:<5>", failure.message());
        assertEquals("6", failure.expected());
        assertEquals("5", failure.actual());
    }

    @Test
    void theListenersValuesBeatTheMessage() throws IOException {
        write("events-1-a.jsonl", failedWith("{\"type\":\"java.lang.AssertionError\","
                        + "\"message\":\"expected:<6> but was:<5>\",\"assertion\":true,\"expected\":\"6L\","
                        + "\"stack\":[]}"),
                "{\"type\":\"run_finished\"}");

        Failure failure = ListenerEvents.read(dir, null).tests().get(0).failures().get(0);

        assertEquals("6L", failure.expected());
        assertNull(failure.actual());
    }

    @Test
    void anErrorIsNotReadForValues() throws IOException {
        AssertionError junit4 = assertThrows(AssertionError.class, () -> org.junit.Assert.assertEquals(6L, 5L));
        write("events-1-a.jsonl", failedWith(throwableOf(junit4, false)), "{\"type\":\"run_finished\"}");

        Failure failure = ListenerEvents.read(dir, null).tests().get(0).failures().get(0);

        assertEquals("error", failure.kind());
        assertNull(failure.expected());
        assertNull(failure.actual());
    }

    @Test
    void anAssertionKeepsItsOwnMessageWhateverItsCause() throws IOException {
        write("events-1-a.jsonl", failedWith("{\"type\":\"java.lang.AssertionError\",\"message\":\"no\","
                        + "\"assertion\":true,\"stack\":[],\"cause\":{\"type\":\"java.lang.Exception\",\"message\":\"x\","
                        + "\"assertion\":false,\"stack\":[]}}"),
                "{\"type\":\"run_finished\"}");

        Failure failure = ListenerEvents.read(dir, null).tests().get(0).failures().get(0);
        assertEquals("assertion", failure.kind());
        assertEquals("no", failure.message());
    }

    @Test
    void aFailingStaticInitializerMakesItsTestsInvalidWithOneClassFailure() throws IOException {
        String cls = "[engine:junit-jupiter]/[class:shop.InitTest]";
        String clinit = "{\"class\":\"shop.InitTest\",\"method\":\"<clinit>\",\"file\":\"InitTest.java\",\"line\":9}";
        String reflect = "{\"class\":\"java.lang.reflect.Constructor\",\"method\":\"newInstance\",\"line\":481}";
        write("events-1-a.jsonl",
                "{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":1}",
                "{\"type\":\"test_finished\",\"id\":\"" + cls + "/[method:a()]\",\"class\":\"shop.InitTest\","
                        + "\"method\":\"a\",\"name\":\"a()\",\"status\":\"failed\",\"failure\":{"
                        + "\"type\":\"java.lang.ExceptionInInitializerError\",\"assertion\":false,\"stack\":[" + reflect + "],"
                        + "\"cause\":{\"type\":\"java.lang.IllegalStateException\",\"message\":\"fixture missing\","
                        + "\"assertion\":false,\"stack\":[" + clinit + "]}}}",
                "{\"type\":\"test_finished\",\"id\":\"" + cls + "/[method:b()]\",\"class\":\"shop.InitTest\","
                        + "\"method\":\"b\",\"name\":\"b()\",\"status\":\"failed\",\"failure\":{"
                        + "\"type\":\"java.lang.NoClassDefFoundError\",\"message\":\"Could not initialize class shop.InitTest\","
                        + "\"assertion\":false,\"stack\":[" + reflect + "]}}",
                "{\"type\":\"run_finished\"}");
        RunEvents events = ListenerEvents.read(dir, null);
        Map<String, TestCase> tests = byId(events);
        assertEquals(TestState.INVALID, tests.get(cls + "/[method:a()]").state());
        assertEquals(TestState.INVALID, tests.get(cls + "/[method:b()]").state());
        assertEquals(1, events.classFailures().size());
        var failure = events.classFailures().get(0).failures().get(0);
        assertEquals("java.lang.ExceptionInInitializerError", failure.type());
        assertEquals("caused by java.lang.IllegalStateException: fixture missing", failure.message());
        assertEquals(9, failure.stacktrace().get(0).line(), "the stack of the cause that reaches the test class");
    }

    @Test
    void anInitializerErrorFromProductionCodeIsAnOrdinaryFailure() throws IOException {
        String cls = "[engine:junit-jupiter]/[class:shop.UsesTest]";
        write("events-1-a.jsonl",
                "{\"type\":\"test_finished\",\"id\":\"" + cls + "/[method:a()]\",\"class\":\"shop.UsesTest\","
                        + "\"method\":\"a\",\"name\":\"a()\",\"status\":\"failed\",\"failure\":{"
                        + "\"type\":\"java.lang.ExceptionInInitializerError\",\"assertion\":false,\"stack\":["
                        + "{\"class\":\"shop.Prices\",\"method\":\"<clinit>\",\"line\":3},"
                        + "{\"class\":\"shop.UsesTest\",\"method\":\"a\",\"line\":12}]}}",
                "{\"type\":\"run_finished\"}");
        RunEvents events = ListenerEvents.read(dir, null);
        assertEquals(TestState.FAILED, events.tests().get(0).state());
        assertEquals(List.of(), events.classFailures());
    }

    private static String failedWith(String throwable) {
        return "{\"type\":\"test_finished\",\"id\":\"t\",\"class\":\"a.B\",\"method\":\"m\",\"name\":\"m()\","
                + "\"parents\":[],\"tags\":[],\"status\":\"failed\",\"duration_ms\":1,\"failure\":" + throwable + "}";
    }

    private static final String TRACE = "{\"events\":[{\"t_us\":12,\"thread\":\"relay-worker\",\"kind\":\"exception\","
            + "\"detail\":\"java.lang.IllegalStateException: poison at relay.Relay.run line 9\"}],"
            + "\"threads\":[{\"name\":\"b\",\"state\":\"BLOCKED\",\"frames\":[{\"class\":\"x.Y\",\"method\":\"m\","
            + "\"file\":\"Y.java\",\"line\":3}],\"waiting_on\":\"java.lang.Object\",\"lock_owner\":\"a\","
            + "\"holds\":[\"java.lang.Object\"],\"approx\":true}],\"deadlocks\":[],\"overflow\":true,\"dropped\":7}";

    @Test
    void aFailedTracedTestKeepsItsTraceAndRecorderWarningsBecomeDocumentWarnings() throws IOException {
        write("events-1-a.jsonl",
                "{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":1}",
                started(CART + "/[method:relay()]", "shop.CartTest", "relay", "relay()"),
                "{\"type\":\"test_finished\",\"id\":\"" + CART + "/[method:relay()]\",\"class\":\"shop.CartTest\","
                        + "\"method\":\"relay\",\"name\":\"relay()\",\"parents\":[],\"tags\":[\"trace_messages\"],"
                        + "\"status\":\"failed\",\"duration_ms\":3,\"trace\":" + TRACE
                        + ",\"trace_warnings\":[\"JDK Flight Recorder is late\"]}",
                "{\"type\":\"run_finished\"}");
        RunEvents events = ListenerEvents.read(dir, null);
        TestCase test = events.tests().get(0);
        assertEquals(1, test.trace().events().size());
        assertEquals(12, test.trace().events().get(0).tUs());
        assertEquals("exception", test.trace().events().get(0).kind());
        assertEquals("a", test.trace().threads().get(0).lockOwner());
        assertEquals(List.of(new StackFrame("x.Y", "m", "Y.java", 3)), test.trace().threads().get(0).frames());
        assertEquals(Boolean.TRUE, test.trace().threads().get(0).approx());
        assertTrue(test.trace().overflow());
        assertEquals(7, test.trace().dropped());
        assertNull(test.trace().partial());
        assertEquals(List.of("Flight recorder, shop.CartTest#relay: JDK Flight Recorder is late"), events.warnings());
    }

    @Test
    void aTracedTestWhoseJvmDiedGetsItsLastProvisionalTrace() throws IOException {
        String id = CART + "/[method:hangs()]";
        write("events-1-a.jsonl",
                "{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":1}",
                started(id, "shop.CartTest", "hangs", "hangs()"),
                "{\"type\":\"test_trace\",\"id\":\"" + id + "\",\"trace\":{\"events\":[],\"overflow\":false,\"dropped\":0}}",
                "{\"type\":\"test_trace\",\"id\":\"" + id + "\",\"trace\":" + TRACE + "}");
        TestCase test = ListenerEvents.read(dir, null).tests().get(0);
        assertEquals(ListenerEvents.FORK_CRASH, test.failures().get(0).type());
        assertEquals(Boolean.TRUE, test.trace().partial());
        assertEquals(7, test.trace().dropped());
    }
}
