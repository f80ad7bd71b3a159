package views;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Proves that tracer.streaming prints each test as it finishes, not after the run: when the system property
 * streamSeen names a file, the second test waits for the verify script to create it, which the script does once it
 * has read a test line on the build's stdout. The first test has finished by then, so at least its line must have
 * been printed. Without streamSeen both tests pass at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StreamProbeTest {

    @Test
    @Order(1)
    void finishesFirst() {
    }

    @Test
    @Order(2)
    void runsAfterALineWasStreamed() throws InterruptedException {
        String seen = System.getProperty("streamSeen", "");
        if (seen.isBlank()) {
            return;
        }
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.exists(Path.of(seen)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(Path.of(seen)), "no test line reached stdout while the tests ran");
    }
}
