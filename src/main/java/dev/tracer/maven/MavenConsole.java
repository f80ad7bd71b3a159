package dev.tracer.maven;

import dev.tracer.pipeline.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.maven.plugin.logging.Log;

/** The pipeline's console in a Maven build: the mojo's log, and the process's stdout and stderr. */
final class MavenConsole implements Console {

    private static final FileOutputStream STDERR = new FileOutputStream(FileDescriptor.err);

    private final Log log;

    MavenConsole(Log log) {
        this.log = log;
    }

    @Override
    public void stdout(String text) {
        print(text);
    }

    /** Not through {@code System.err}: Maven 4 points that at its console, which is stdout. */
    @Override
    public void stderr(String line) {
        synchronized (MavenConsole.class) {
            byte[] bytes = (line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
            try {
                STDERR.write(bytes);
                STDERR.flush();
            } catch (IOException e) {
                System.err.println(line);
            }
        }
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    /** Text on stdout, whole: one monitor for every goal, so that lines of concurrent modules do not interleave. */
    static void print(String text) {
        synchronized (MavenConsole.class) {
            PrintStream stdout = System.out;
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            stdout.write(bytes, 0, bytes.length);
            stdout.flush();
        }
    }
}
