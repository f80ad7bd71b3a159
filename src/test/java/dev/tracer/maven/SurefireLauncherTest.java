package dev.tracer.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracer.pipeline.TestRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a pass asks of Surefire, over the user's configuration. */
class SurefireLauncherTest {

    private static final Path JAR = Path.of("target/tracer/listener/tracer-listener.jar");
    private static final Path EVENTS = Path.of("target/tracer/events");

    @Test
    void theFirstPassKeepsTheUsersSelectionReportsAndArgLine() {
        assertEquals(Map.of(), SurefireLauncher.parameters(new TestRunner.Pass(JAR, EVENTS, "L", null, null, null)));
    }

    @Test
    void aRerunSelectsItsClassesWithoutFailingOnAnEmptyOneAndWritesItsReportsApart() {
        Map<String, String> parameters = SurefireLauncher.parameters(new TestRunner.Pass(JAR, EVENTS, "L",
                "shop.CartTest", Path.of("target/tracer/rerun-reports"), "-javaagent:jacoco.jar"));
        assertEquals(List.of("test", "failIfNoSpecifiedTests", "reportsDirectory", "argLine"),
                List.copyOf(parameters.keySet()));
        assertEquals("shop.CartTest", parameters.get("test"));
        assertEquals("false", parameters.get("failIfNoSpecifiedTests"));
        assertEquals(Path.of("target/tracer/rerun-reports").toString(), parameters.get("reportsDirectory"));
        assertEquals("-javaagent:jacoco.jar", parameters.get("argLine"));
    }
}
