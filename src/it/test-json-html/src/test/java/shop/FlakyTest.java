package shop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Fails on its first execution of a build only: a marker file under target/ remembers it ran. */
class FlakyTest {

    @Test
    void passesOnTheSecondTry() throws Exception {
        Path marker = Path.of("target", "flaky-" + System.getProperty("run", "0") + ".ran");
        boolean first = !Files.exists(marker);
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, "ran");
        assertTrue(!first, "first execution fails");
    }
}
