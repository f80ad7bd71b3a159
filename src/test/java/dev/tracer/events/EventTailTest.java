package dev.tracer.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracer.model.TestCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventTailTest {

    private static String finished(String name, String status) {
        return "{\"type\":\"test_finished\",\"id\":\"[engine:x]/[method:" + name + "]\",\"class\":\"a.B\",\"method\":\""
                + name + "\",\"name\":\"" + name + "()\",\"status\":\"" + status + "\",\"duration_ms\":1}";
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void handsOverEachCompleteLineOnceAndWaitsForTheRestOfAPartialOne(@TempDir Path dir) throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        Path file = dir.resolve("events-1-a.jsonl");
        EventTail tail = new EventTail(dir, t -> seen.add(t.name() + ":" + t.state().json()));
        append(file, "{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":1}\n" + finished("one", "passed") + "\n");
        tail.poll();
        assertEquals(List.of("one():passed"), seen);
        String two = finished("two", "failed");
        append(file, two.substring(0, 20));
        tail.poll();
        assertEquals(1, seen.size(), "half a line is not an event yet");
        append(file, two.substring(20) + "\n");
        tail.poll();
        tail.poll();
        assertEquals(List.of("one():passed", "two():failed"), seen);
    }

    @Test
    void closeReadsWhatWasWrittenBeforeIt(@TempDir Path dir) throws Exception {
        List<TestCase> seen = new CopyOnWriteArrayList<>();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            EventTail tail = new EventTail(dir, seen::add).start(executor);
            append(dir.resolve("events-2-b.jsonl"), finished("late", "passed") + "\n");
            tail.close();
            assertEquals(1, seen.size());
        } finally {
            executor.shutdownNow();
        }
    }
}
