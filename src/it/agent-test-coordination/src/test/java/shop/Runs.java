package shop;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends "RUN ID" to target/executions.txt for each execution (RUN: the system property run). */
final class Runs {
    private Runs() {
    }

    static synchronized void record(String id) {
        Path file = new File(System.getProperty("basedir", System.getProperty("user.dir")), "target/executions.txt")
                .toPath();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, System.getProperty("run", "0") + " " + id + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
