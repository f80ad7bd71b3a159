package retry;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What the tests of the test-json-retry-* ITs actually executed: each execution appends "RUN ID" to
 * target/executions.txt (RUN is the system property run, 0 by default). The file doubles as the marker that makes a
 * test fail on its first execution in a build directory and pass after: {@link #record} says how many times ID has
 * executed in this run, this time included. Only the JDK, so JUnit 4 and 5 fixtures share it (copied in by prebuild).
 */
final class Runs {

    private Runs() {
    }

    static synchronized int record(String id) {
        String run = System.getProperty("run", "0");
        String line = run + " " + id;
        Path file = new File(System.getProperty("basedir", System.getProperty("user.dir")), "target/executions.txt").toPath();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return (int) Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line::equals).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records an execution of ID and fails it when it is the first one in this run. */
    static void failFirstTime(String id) {
        if (record(id) == 1) {
            throw new AssertionError("first run of " + id + " fails");
        }
    }
}
