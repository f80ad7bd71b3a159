package dev.tracer.coordination;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another process that holds a lock, for tests that need a real second process: {@code lock FILE} holds the file's
 * lock; {@code turn DIR TEST} registers a request and holds its turn; {@code run DIR TEST} also starts a run and
 * caches one event. It prints "held" once it holds it, then waits to
 * be killed.
 */
public final class Holder {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("lock")) {
            FileLocks.acquire(Path.of(args[1]), true, System.nanoTime() + TimeUnit.MINUTES.toNanos(1));
        } else {
            Coordinator coordinator = new Coordinator(Path.of(args[1]), System.err::println);
            Coordinator.Ticket ticket = coordinator.register(Selection.of(args[2]), List.of());
            Coordinator.Turn turn = coordinator.awaitTurn(ticket, System.nanoTime() + TimeUnit.MINUTES.toNanos(1),
                    r -> { });
            if (args[0].equals("run")) {
                Coordinator.Run run = turn.start();
                run.event((com.fasterxml.jackson.databind.node.ObjectNode) CacheJson.MAPPER.readTree(
                        "{\"type\":\"test:pass\",\"name\":\"total()\",\"class\":\"shop.CartTest\","
                                + "\"method\":\"total\",\"file\":\"src/test/java/shop/CartTest.java\"}"));
            }
        }
        System.out.println("held");
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }

    /** Starts a holder and returns once it holds the lock. */
    static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Holder.class.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"held".equals(line)) {
            process.destroyForcibly();
            throw new IOException("the holder said " + line);
        }
        return process;
    }

    /** Kills a holder as a crash would (SIGKILL) and waits until it is gone. */
    static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
