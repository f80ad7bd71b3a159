package shop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * With -Dgate=FILE, waits until FILE exists, so that the verify script can act while a run is surely in progress
 * (it sees "RUN SlowTest#started" in target/executions.txt). Without it, passes at once.
 */
class SlowTest {

    @Test
    void waitsForTheGate() throws InterruptedException {
        Runs.record("SlowTest#started");
        String gate = System.getProperty("gate", "");
        if (!gate.isBlank()) {
            long deadline = System.currentTimeMillis() + 240_000;
            while (!Files.exists(Path.of(gate)) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(Path.of(gate)), "the gate " + gate + " never opened");
        }
        Runs.record("SlowTest#finished");
    }
}
