package dev.tracer.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tracer.events.ListenerEvents;
import dev.tracer.events.RunEvents;
import dev.tracer.model.TestCase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testng.ITestNGListener;
import org.testng.SkipException;
import org.testng.TestNG;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.DataProvider;

/**
 * Runs the TestNG fixtures below through {@link TestNG} with the listener added, as Surefire's TestNG provider does,
 * and checks the events and what the reader makes of them. The fixtures are public static nested classes that only
 * this test runs (this project's Surefire runs JUnit Platform tests; there is no TestNG engine).
 */
class TestNgListenerTest {

    private static final String PREFIX = TestNgListenerTest.class.getName() + "$";

    @TempDir
    Path eventsDir;

    @AfterEach
    void forget() {
        ConfigFailures.clear();
        DataProviderRows.clear();
    }

    @Test
    void passingFailingSkippedAndDataDrivenTestsAreReported() {
        Events events = run(new TracerTestNgListener(eventsDir, true), Basic.class);

        assertEquals("run_started", events.all.get(0).get("type").asText());
        assertEquals("testng", events.all.get(0).get("provider").asText());
        assertEquals("run_finished", events.all.get(events.all.size() - 1).get("type").asText());

        JsonNode passed = events.finished("passes");
        assertEquals("testng:" + PREFIX + "Basic#passes", passed.get("id").asText());
        assertEquals(PREFIX + "Basic", passed.get("class").asText());
        assertEquals("passes", passed.get("method").asText());
        assertEquals("passed", passed.get("status").asText());
        assertEquals(List.of(PREFIX + "Basic"), Events.texts(passed.get("parents")));
        assertEquals(List.of("basic", "fast"), Events.texts(passed.get("tags")), "the method's and class's groups");

        JsonNode failed = events.finished("fails");
        assertEquals("failed", failed.get("status").asText());
        assertEquals("java.lang.AssertionError", failed.get("failure").get("type").asText());
        assertEquals("total expected [42] but found [41]", failed.get("failure").get("message").asText());
        assertEquals("printed before failing" + System.lineSeparator(), failed.get("output").asText());

        JsonNode skipped = events.finished("skips");
        assertEquals("aborted", skipped.get("status").asText());
        assertEquals("not today", skipped.get("reason").asText());

        JsonNode row = events.finished("[1] 2, two");
        assertEquals("testng:" + PREFIX + "Basic#rows[1]", row.get("id").asText());
        assertEquals("rows", row.get("method").asText());
        assertEquals(List.of(PREFIX + "Basic", "rows"), Events.texts(row.get("parents")));
        assertEquals("failed", row.get("status").asText());
        assertEquals("passed", events.finished("[0] 1, one").get("status").asText());
        assertEquals("passed", events.finished("[2] 3, three").get("status").asText());
        assertTrue(events.ofType("container_failed").isEmpty());
    }

    @Test
    void testsSkippedBecauseAConfigurationMethodFailedAreInvalid() {
        run(new TracerTestNgListener(eventsDir, true), BeforeClassFails.class, BeforeMethodFails.class);
        RunEvents read = ListenerEvents.read(eventsDir, null);

        Map<String, String> states = read.tests().stream()
                .collect(Collectors.toMap(TestCase::id, t -> t.state().name(), (a, b) -> a, TreeMap::new));
        assertEquals(Map.of(
                "testng:" + PREFIX + "BeforeClassFails#one", "INVALID",
                "testng:" + PREFIX + "BeforeClassFails#two", "INVALID",
                "testng:" + PREFIX + "BeforeClassFails#rows", "INVALID",
                "testng:" + PREFIX + "BeforeMethodFails#first", "INVALID",
                "testng:" + PREFIX + "BeforeMethodFails#second", "INVALID"), states);
        TestCase one = read.tests().stream().filter(t -> t.id().endsWith("BeforeClassFails#one")).findFirst()
                .orElseThrow();
        assertEquals("no database", one.failures().get(0).message());
        assertEquals(List.of(PREFIX + "BeforeClassFails", PREFIX + "BeforeMethodFails"),
                read.classFailures().stream().map(f -> f.className()).collect(Collectors.toList()),
                "one class failure per failed configuration method, however many tests it stopped");
        assertTrue(read.warnings().isEmpty(), read.warnings().toString());
    }

    @Test
    void aRerunRunsOnlyTheSelectedRowsUnderTheirFirstRunIds() {
        Events events = run(new TracerTestNgListener(eventsDir, true), Set.of("testng:" + PREFIX + "Basic#rows[1]",
                "testng:" + PREFIX + "Basic#rows[2]"), Basic.class);

        List<String> rows = events.ofType("test_finished").stream()
                .filter(e -> "rows".equals(e.get("method").asText()))
                .map(e -> e.get("id").asText() + " " + e.get("name").asText())
                .collect(Collectors.toList());
        assertEquals(List.of("testng:" + PREFIX + "Basic#rows[1] [1] 2, two",
                "testng:" + PREFIX + "Basic#rows[2] [2] 3, three"), rows);
    }

    @Test
    void eachInvocationOfAnInvocationCountIsATestOfItsOwn() {
        Events events = run(new TracerTestNgListener(eventsDir, true), Repeated.class);

        List<String> finished = events.ofType("test_finished").stream()
                .map(e -> e.get("id").asText() + " " + e.get("name").asText() + " " + e.get("status").asText())
                .sorted().collect(Collectors.toList());
        assertEquals(List.of("testng:" + PREFIX + "Repeated#thrice[0] thrice passed",
                "testng:" + PREFIX + "Repeated#thrice[1] thrice failed",
                "testng:" + PREFIX + "Repeated#thrice[2] thrice passed"), finished);
        RunEvents read = ListenerEvents.read(eventsDir, null);
        assertEquals(3, read.tests().size(), "three tests, as Surefire counts three testcases");
    }

    @Test
    void aSelectionOfTheWholeMethodRunsEveryRow() {
        Events events = run(new TracerTestNgListener(eventsDir, true), Set.of("testng:" + PREFIX + "Basic#rows"),
                Basic.class);
        assertEquals(3, events.ofType("test_finished").stream()
                .filter(e -> "rows".equals(e.get("method").asText())).count());
    }

    @Test
    void insideTheJUnitPlatformItWritesNothingButRecordsConfigurationFailures() {
        TestNG testng = testng(BeforeClassFails.class);
        testng.addListener((ITestNGListener) new TracerTestNgListener(eventsDir, false));
        testng.run();
        assertTrue(Events.files(eventsDir).isEmpty(), "testng-engine's tests are the Platform listener's to report");
        assertEquals(1, ConfigFailures.size());
    }

    @Test
    void onlySurefiresTestNgProviderOutsideThePlatformCountsAsClassic() {
        StackTraceElement testng = new StackTraceElement("org.testng.TestNG", "run", null, 1);
        StackTraceElement surefire =
                new StackTraceElement("org.apache.maven.surefire.testng.TestNGExecutor", "run", null, 1);
        StackTraceElement platform =
                new StackTraceElement("org.junit.platform.launcher.core.DefaultLauncher", "execute", null, 1);
        assertTrue(TestNgProvider.classic(new StackTraceElement[] {testng, surefire}));
        assertFalse(TestNgProvider.classic(new StackTraceElement[] {testng, platform, surefire}));
        assertFalse(TestNgProvider.classic(new StackTraceElement[] {testng}));
    }

    @Test
    void selectedRowsAreTheIndicesOfTheMethodsInvocationIds() {
        Set<String> selection = Set.of("testng:a.B#m[2]", "testng:a.B#m[0]", "testng:a.B#other[1]", "testng:a.B#m[x]");
        assertEquals(Set.of(0, 2), DataProviderRows.selected(selection, "testng:", "a.B#m"));
        assertEquals(Set.of(), DataProviderRows.selected(Set.of("testng:a.B#m", "testng:a.B#m[1]"), "testng:", "a.B#m"),
                "the whole method selected: every row");
        assertEquals(Set.of(), DataProviderRows.selected(null, "testng:", "a.B#m"));
    }

    private Events run(TracerTestNgListener listener, Class<?>... fixtures) {
        return run(listener, null, fixtures);
    }

    private Events run(TracerTestNgListener listener, Set<String> selection, Class<?>... fixtures) {
        int errorsBefore = ListenerErrors.count();
        TestNG testng = testng(fixtures);
        testng.addListener((ITestNGListener) listener);
        if (selection != null) {
            testng.addListener((ITestNGListener) new TracerTestNgSelection(selection));
        }
        testng.run();
        assertEquals(errorsBefore, ListenerErrors.count(), "the listener caught an error");
        assertEquals(1, Events.files(eventsDir).size());
        return Events.read(eventsDir);
    }

    private static TestNG testng(Class<?>... fixtures) {
        TestNG testng = new TestNG(false);
        testng.setTestClasses(fixtures);
        testng.setVerbose(0);
        testng.setOutputDirectory(System.getProperty("java.io.tmpdir") + "/tracer-testng-unit");
        return testng;
    }

    // ---- fixtures: run only through TestNG above ----

    public static class Repeated {
        private static final java.util.concurrent.atomic.AtomicInteger RUNS =
                new java.util.concurrent.atomic.AtomicInteger();

        @org.testng.annotations.Test(invocationCount = 3)
        public void thrice() {
            if (RUNS.incrementAndGet() == 2) {
                throw new AssertionError("the second time");
            }
        }
    }

    @org.testng.annotations.Test(groups = "basic")
    public static class Basic {
        @org.testng.annotations.Test(groups = "fast")
        public void passes() {
        }

        @org.testng.annotations.Test
        public void fails() {
            System.out.println("printed before failing");
            org.testng.Assert.assertEquals(41, 42, "total");
        }

        @org.testng.annotations.Test
        public void skips() {
            throw new SkipException("not today");
        }

        @DataProvider
        public Object[][] numbers() {
            return new Object[][] {{1, "one"}, {2, "two"}, {3, "three"}};
        }

        @org.testng.annotations.Test(dataProvider = "numbers")
        public void rows(int number, String name) {
            org.testng.Assert.assertTrue(number != 2, name);
        }
    }

    public static class BeforeClassFails {
        @BeforeClass
        public void setUp() {
            throw new IllegalStateException("no database");
        }

        @org.testng.annotations.Test
        public void one() {
        }

        @org.testng.annotations.Test
        public void two() {
        }

        @DataProvider
        public Object[][] numbers() {
            return new Object[][] {{1}, {2}};
        }

        @org.testng.annotations.Test(dataProvider = "numbers")
        public void rows(int number) {
        }
    }

    public static class BeforeMethodFails {
        @BeforeMethod
        public void prepare() {
            throw new IllegalStateException("no fixture");
        }

        @org.testng.annotations.Test
        public void first() {
        }

        @org.testng.annotations.Test
        public void second() {
        }
    }
}
