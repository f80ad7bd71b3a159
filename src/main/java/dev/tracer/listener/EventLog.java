package dev.tracer.listener;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JVM's events file, {@code <eventsDir>/events-<pid>-<random>.jsonl}: opened on the first event, one JSON
 * object per line, flushed after every line so that a JVM that dies leaves what it wrote. One instance per
 * directory and JVM, shared by every listener. JDK only.
 */
final class EventLog {

    private static final ConcurrentMap<Path, EventLog> LOGS = new ConcurrentHashMap<>();

    /** Every line any listener of this JVM tried to write, wherever: lets a test prove that nothing was written. */
    private static final AtomicLong LINES_OFFERED = new AtomicLong();

    private final Path dir;
    private OutputStream out;
    private Path file;
    private boolean broken;

    private EventLog(Path dir) {
        this.dir = dir;
    }

    static EventLog forDirectory(Path dir) {
        return LOGS.computeIfAbsent(dir.toAbsolutePath().normalize(), EventLog::new);
    }

    /** Appends one line; after a failure to open or write, later lines are dropped (the error is reported once). */
    synchronized void append(String line) throws IOException {
        LINES_OFFERED.incrementAndGet();
        if (broken) {
            return;
        }
        try {
            if (out == null) {
                open();
            }
            // One write call a line: the stream is unbuffered, so every line reaches the OS at once (a JVM that
            // dies keeps what it wrote) at the cost of one system call.
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            broken = true;
            throw e;
        }
    }

    /** How many lines the listeners of this JVM have tried to write so far, to any directory. */
    static long linesOffered() {
        return LINES_OFFERED.get();
    }

    /** The file written to, or {@code null} before the first line. */
    synchronized Path file() {
        return file;
    }

    private void open() throws IOException {
        Files.createDirectories(dir);
        long pid = pid();
        while (true) {
            String random = Integer.toHexString(ThreadLocalRandom.current().nextInt() | 0x10000000);
            Path candidate = dir.resolve(
                    ListenerConfig.EVENTS_FILE_PREFIX + pid + "-" + random + ListenerConfig.EVENTS_FILE_SUFFIX);
            try {
                out = Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
                file = candidate;
                return;
            } catch (FileAlreadyExistsException taken) {
                // another JVM drew the same name: draw again
            }
        }
    }

    /** This JVM's process id; {@code ProcessHandle} is looked up reflectively so that the class also runs on Java 8. */
    static long pid() {
        try {
            Class<?> handle = Class.forName("java.lang.ProcessHandle");
            Object current = handle.getMethod("current").invoke(null);
            return ((Number) handle.getMethod("pid").invoke(current)).longValue();
        } catch (Throwable noProcessHandle) {
            String name = ManagementFactory.getRuntimeMXBean().getName();
            int at = name.indexOf('@');
            try {
                return Long.parseLong(at < 0 ? name : name.substring(0, at));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }
}
