package shop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

/**
 * Appends its JVM's pid to target/pids-RUN.txt (RUN: the system property run), so that the verify script counts the
 * runs that really happened; then sleeps 4 s, or with -Dgate=FILE waits until FILE exists (so that the script can
 * act while a run is surely in progress).
 */
class SlowTest {

    @Test
    void ships() throws IOException, InterruptedException {
        Path pids = new File(System.getProperty("basedir", System.getProperty("user.dir")),
                "target/pids-" + System.getProperty("run", "0") + ".txt").toPath();
        Files.createDirectories(pids.getParent());
        Files.writeString(pids, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        String gate = System.getProperty("gate", "");
        if (gate.isBlank()) {
            Thread.sleep(4_000);
            return;
        }
        long deadline = System.currentTimeMillis() + 240_000;
        while (!Files.exists(Path.of(gate)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(Path.of(gate)), "the gate " + gate + " never opened");
    }
}
