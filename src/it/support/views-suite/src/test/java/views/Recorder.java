package views;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Appends "RUN UNIQUE-ID" to target/executions.txt before each test body runs, RUN being the {@code run} system
 * property: the verify scripts learn from it exactly which tests each invocation executed.
 */
public class Recorder implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        Path file = Path.of(System.getProperty("basedir", "."), "target", "executions.txt");
        String line = System.getProperty("run", "?") + " " + context.getUniqueId() + "\n";
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
