package dev.tracer.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Ignore;
import org.junit.experimental.categories.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.runner.JUnitCore;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Runs the JUnit 4 fixtures below through {@link JUnitCore} with the listener added, as Surefire's JUnit 4
 * provider does, and checks the events. The fixtures are static nested classes: Surefire's run of this project
 * never selects them, and there is no Vintage engine to run them.
 */
class RunListenerTest {

    private static final String PREFIX = RunListenerTest.class.getName() + "$";

    @TempDir
    Path eventsDir;

    @Test
    void passingFailingIgnoredAndAssumedTestsAreReported() {
        Events events = run(Basic.class);

        assertEquals(List.of("run_started", "run_finished"),
                List.of(events.all.get(0).get("type").asText(),
                        events.all.get(events.all.size() - 1).get("type").asText()));
        assertEquals("junit4", events.all.get(0).get("provider").asText());
        assertEquals(ProcessHandle.current().pid(), events.all.get(0).get("pid").asLong());

        JsonNode passed = events.finished("passes");
        assertEquals("junit4:" + PREFIX + "Basic#passes", passed.get("id").asText());
        assertEquals(PREFIX + "Basic", passed.get("class").asText());
        assertEquals("passes", passed.get("method").asText());
        assertEquals("passed", passed.get("status").asText());
        assertEquals(List.of(PREFIX + "Basic"), Events.texts(passed.get("parents")));
        assertEquals(List.of(), Events.texts(passed.get("tags")));
        assertFalse(passed.has("output"));
        assertEquals(passed.get("id"), events.one("test_started", "passes").get("id"));

        JsonNode failed = events.finished("comparesStrings");
        assertEquals("failed", failed.get("status").asText());
        JsonNode failure = failed.get("failure");
        assertEquals("org.junit.ComparisonFailure", failure.get("type").asText());
        assertTrue(failure.get("assertion").asBoolean());
        assertEquals("total expected:<[4]2> but was:<[1]2>", failure.get("message").asText());
        assertEquals("42", failure.get("expected").asText());
        assertEquals("12", failure.get("actual").asText());
        assertEquals("printed before failing" + System.lineSeparator(), failed.get("output").asText());

        JsonNode error = events.finished("throwsWithCause").get("failure");
        assertEquals("java.lang.IllegalArgumentException", error.get("type").asText());
        assertFalse(error.get("assertion").asBoolean());
        assertEquals("java.io.IOException", error.get("cause").get("type").asText());

        JsonNode aborted = events.finished("assumes");
        assertEquals("aborted", aborted.get("status").asText());
        assertEquals("needs docker", aborted.get("reason").asText());
        assertFalse(aborted.has("failure"));

        JsonNode ignored = events.one("test_skipped", "ignored");
        assertEquals("flaky on CI", ignored.get("reason").asText());
        assertFalse(events.one("test_skipped", "ignoredWithoutReason").has("reason"));
        assertEquals(4, events.ofType("test_started").size());
    }

    @Test
    void beforeClassFailureListsEveryTestThatNeverStarted() {
        Events events = run(BeforeClassFails.class);

        JsonNode container = events.only("container_failed");
        assertEquals("failed", container.get("status").asText());
        assertEquals("junit4:" + PREFIX + "BeforeClassFails", container.get("id").asText());
        assertEquals(PREFIX + "BeforeClassFails", container.get("class").asText());
        assertEquals("database is down", container.get("failure").get("message").asText());
        assertEquals(Set.of("junit4:" + PREFIX + "BeforeClassFails#a", "junit4:" + PREFIX + "BeforeClassFails#b"),
                Set.copyOf(Events.field(container.get("tests"), "id")));
        assertEquals(List.of(), events.ofType("test_started"));
    }

    @Test
    void afterClassFailureIsAContainerFailureWithNoTestLeftUnstarted() {
        Events events = run(AfterClassFails.class);

        assertEquals("passed", events.finished("runs").get("status").asText());
        JsonNode container = events.only("container_failed");
        assertEquals("failed", container.get("status").asText());
        assertEquals(0, container.get("tests").size());
    }

    @Test
    void classLevelAssumptionAbortsTheClassWithItsReason() {
        Events events = run(ClassAssumption.class);

        JsonNode container = events.only("container_failed");
        assertEquals("aborted", container.get("status").asText());
        assertEquals("no network", container.get("reason").asText());
        assertEquals(List.of("a"), Events.field(container.get("tests"), "method"));
    }

    @Test
    void ignoredClassIsASkippedContainerListingItsTestMethods() {
        Events events = run(IgnoredClass.class);

        JsonNode container = events.only("container_failed");
        assertEquals("skipped", container.get("status").asText());
        assertEquals("whole class", container.get("reason").asText());
        assertEquals(PREFIX + "IgnoredClass", container.get("class").asText());
        assertEquals(List.of("x", "y"), Events.field(container.get("tests"), "method"));
        assertEquals(List.of(), events.ofType("test_started"));
    }

    @Test
    void parameterizedRunsAreTestsWithTheirIndexedNames() {
        Events events = run(ParameterizedFixture.class);

        assertEquals("passed", events.finished("square[0]").get("status").asText());
        JsonNode failed = events.finished("square[1]");
        assertEquals("failed", failed.get("status").asText());
        assertEquals("junit4:" + PREFIX + "ParameterizedFixture#square[1]", failed.get("id").asText());
    }

    @Test
    void categoriesBecomeSortedTags() {
        Events events = run(Categorized.class);

        assertEquals(List.of(Fast.class.getName(), Slow.class.getName()),
                Events.texts(events.finished("tagged").get("tags")));
    }

    @Test
    void everyRunFinishedClosesTheRunAndTheNextCallbackOpensANewOne() {
        TracerRunListener listener = new TracerRunListener(eventsDir);
        JUnitCore core = new JUnitCore();
        core.addListener(listener);

        core.run(AfterClassFails.class);
        core.run(AfterClassFails.class);

        Events events = Events.read(eventsDir);
        assertEquals(List.of("run_started", "test_started", "test_finished", "container_failed", "run_finished",
                "run_started", "test_started", "test_finished", "container_failed", "run_finished"), events.types());
    }

    private Events run(Class<?>... fixtures) {
        int errorsBefore = ListenerErrors.count();
        JUnitCore core = new JUnitCore();
        core.addListener(new TracerRunListener(eventsDir));
        core.run(fixtures);
        assertEquals(errorsBefore, ListenerErrors.count(), "the listener caught an error");
        assertEquals(1, Events.files(eventsDir).size());
        return Events.read(eventsDir);
    }

    // ---- fixtures: run only through JUnitCore above ----

    public static class Basic {
        @org.junit.Test
        public void passes() {
        }

        @org.junit.Test
        public void comparesStrings() {
            System.out.println("printed before failing");
            org.junit.Assert.assertEquals("total", "42", "12");
        }

        @org.junit.Test
        public void throwsWithCause() {
            throw new IllegalArgumentException("bad input", new java.io.IOException("disk"));
        }

        @org.junit.Test
        public void assumes() {
            Assume.assumeTrue("needs docker", false);
        }

        @org.junit.Test
        @Ignore("flaky on CI")
        public void ignored() {
        }

        @org.junit.Test
        @Ignore
        public void ignoredWithoutReason() {
        }
    }

    public static class BeforeClassFails {
        @BeforeClass
        public static void connect() {
            throw new IllegalStateException("database is down");
        }

        @org.junit.Test
        public void a() {
        }

        @org.junit.Test
        public void b() {
        }
    }

    public static class AfterClassFails {
        @AfterClass
        public static void cleanup() {
            throw new IllegalStateException("cleanup failed");
        }

        @org.junit.Test
        public void runs() {
        }
    }

    public static class ClassAssumption {
        @BeforeClass
        public static void network() {
            Assume.assumeTrue("no network", false);
        }

        @org.junit.Test
        public void a() {
        }
    }

    @Ignore("whole class")
    public static class IgnoredClass {
        @org.junit.Test
        public void y() {
        }

        @org.junit.Test
        public void x() {
        }
    }

    @RunWith(Parameterized.class)
    public static class ParameterizedFixture {
        @Parameters
        public static List<Object[]> data() {
            return List.of(new Object[] {1}, new Object[] {3});
        }

        private final int value;

        public ParameterizedFixture(int value) {
            this.value = value;
        }

        @org.junit.Test
        public void square() {
            org.junit.Assert.assertTrue(value < 2);
        }
    }

    public interface Fast {
    }

    public interface Slow {
    }

    @Category(Slow.class)
    public static class Categorized {
        @org.junit.Test
        @Category(Fast.class)
        public void tagged() {
        }
    }
}
