package dev.tracer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.model.TestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The work beside the first pass starts when the test JVM does, or when the pass ends without it. */
class WhileTestsRunTest {

    @TempDir
    Path events;

    @Test
    void theExtractionStartsOnceTheListenerHasWrittenItsFirstFile() throws Exception {
        CountDownLatch extracted = new CountDownLatch(1);
        try (WhileTestsRun work = new WhileTestsRun(events, events.resolve("reports"), () -> {
            extracted.countDown();
            return null;
        }, () -> { }, new RecordingConsole())) {
            assertFalse(extracted.await(200, TimeUnit.MILLISECONDS), "started before the tests did");
            Files.writeString(events.resolve("events-1-a.jsonl"), "{\"type\":\"run_started\"}\n");
            assertTrue(extracted.await(10, TimeUnit.SECONDS));
            assertNull(work.extraction());
        }
    }

    @Test
    void aPassThatNeverStartedATestJvmStillGetsItsExtractionAndItsFailure() throws Exception {
        try (WhileTestsRun work = new WhileTestsRun(events.resolve("never-written"), events.resolve("reports"), () -> {
            throw new IOException("unreadable source root");
        }, () -> { }, new RecordingConsole())) {
            work.firstPassOver();
            ExecutionException e = assertThrows(ExecutionException.class,
                    work::extraction);
            assertEquals("unreadable source root", e.getCause().getMessage());
        }
    }

    @Test
    void theTailHandsOnEveryTestWrittenBeforeItCloses() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (WhileTestsRun work = new WhileTestsRun(events, events.resolve("reports"), () -> null, () -> { }, new RecordingConsole())) {
            try (var tail = work.follow((TestCase t) -> seen.add(t.name()))) {
                Files.writeString(events.resolve("events-1-a.jsonl"), "{\"type\":\"test_finished\",\"id\":\"x\","
                        + "\"class\":\"a.B\",\"method\":\"c\",\"name\":\"c()\",\"status\":\"passed\","
                        + "\"duration_ms\":0}\n");
            }
            assertEquals(List.of("c()"), seen);
            work.firstPassOver();
            work.extraction();
        }
    }
}
