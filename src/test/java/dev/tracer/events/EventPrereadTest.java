package dev.tracer.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventPrereadTest {

    private static final String CART = "[engine:junit-jupiter]/[class:shop.CartTest]";

    /** Every kind of line the reader treats apart, a multi-byte character, CRLF and a final line without newline. */
    private static final String FIRST_FILE = String.join("\n",
            "{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":100}",
            started("passes"),
            finished("passes", "\"status\":\"passed\",\"duration_ms\":12,\"output\":\"h\u00e9llo \u2713\\n\""),
            started("fails"),
            finished("fails", "\"status\":\"failed\",\"duration_ms\":7,\"output\":\"adding\\n\","
                    + "\"failure\":{\"type\":\"org.opentest4j.AssertionFailedError\",\"message\":\"expected: <5> but"
                    + " was: <4>\",\"assertion\":true,\"stack\":[{\"class\":\"shop.CartTest\",\"method\":\"fails\","
                    + "\"file\":\"CartTest.java\",\"line\":15}]}"),
            "",
            "[1,2]\r",
            "{\"type\":\"test_skipped\",\"id\":\"" + CART + "/[method:later()]\",\"class\":\"shop.CartTest\","
                    + "\"method\":\"later\",\"name\":\"later()\",\"parents\":[\"CartTest\"],\"tags\":[],"
                    + "\"reason\":\"not yet\"}\r",
            "{\"type\":\"container_failed\",\"id\":\"[engine:junit-jupiter]/[class:shop.SetupTest]\","
                    + "\"class\":\"shop.SetupTest\",\"status\":\"failed\",\"failure\":{\"type\":\"java.lang.Error\","
                    + "\"message\":\"db down\",\"stack\":[]},\"tests\":[]}",
            started("dies"),
            "{\"type\":\"test_finished\",\"id\":\"t2\",\"cla");

    private static final String SECOND_FILE = String.join("\n",
            "{\"type\":\"run_started\",\"provider\":\"platform\",\"pid\":101}",
            started("again"),
            finished("again", "\"status\":\"passed\",\"duration_ms\":1"),
            "{\"type\":\"run_finished\"}") + "\n";

    @TempDir
    Path dir;

    private static String started(String method) {
        return "{\"type\":\"test_started\",\"id\":\"" + CART + "/[method:" + method + "()]\",\"class\":\"shop.CartTest\","
                + "\"method\":\"" + method + "\",\"name\":\"" + method + "()\"}";
    }

    private static String finished(String method, String rest) {
        return "{\"type\":\"test_finished\",\"id\":\"" + CART + "/[method:" + method + "()]\",\"class\":\"shop.CartTest\","
                + "\"method\":\"" + method + "\",\"name\":\"" + method + "()\",\"parents\":[\"CartTest\"],\"tags\":[],"
                + rest + "}";
    }

    @Test
    void theEventsAreTheSameWhereverTheTestsWereWhenTheLinesWereParsed() throws IOException {
        byte[] first = FIRST_FILE.getBytes(StandardCharsets.UTF_8);
        byte[] second = SECOND_FILE.getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("events-101-b.jsonl"), second);
        Files.write(dir.resolve("events-100-a.jsonl"), first);
        RunEvents expected = ListenerEvents.read(dir, "killed");
        assertEquals(7, expected.warnings().size() + expected.tests().size() + expected.classFailures().size(),
                "the fixture gives tests, a class failure and warnings: " + expected);

        for (int cut = 0; cut <= first.length; cut++) {
            Path events = Files.createDirectories(dir.resolve("cut-" + cut));
            Files.write(events.resolve("events-101-b.jsonl"), second);
            Path file = events.resolve("events-100-a.jsonl");
            EventPreread preread = new EventPreread(events);
            Files.write(file, slice(first, 0, cut / 2));
            preread.poll();
            Files.write(file, slice(first, cut / 2, cut), StandardOpenOption.APPEND);
            preread.poll();
            Files.write(file, slice(first, cut, first.length), StandardOpenOption.APPEND);

            assertEquals(expected, ListenerEvents.read(events, "killed", preread), "cut at byte " + cut);
        }
    }

    @Test
    void nothingIsParsedOnceTheReaderTookOver() throws IOException {
        Path file = dir.resolve("events-100-a.jsonl");
        Files.writeString(file, SECOND_FILE);
        EventPreread preread = new EventPreread(dir);
        preread.poll();
        RunEvents events = ListenerEvents.read(dir, null, preread);
        preread.poll();

        assertEquals(events, ListenerEvents.read(dir, null, preread), "a late poll adds nothing twice");
        assertEquals(List.of(CART + "/[method:again()]"), events.tests().stream().map(t -> t.id()).toList());
    }

    @Test
    void aFileThatShrankIsReadAgainFromItsStart() throws IOException {
        Path file = dir.resolve("events-100-a.jsonl");
        Files.writeString(file, FIRST_FILE + "\n" + FIRST_FILE + "\n");
        EventPreread preread = new EventPreread(dir);
        preread.poll();
        Files.writeString(file, SECOND_FILE);

        assertEquals(ListenerEvents.read(dir, null), ListenerEvents.read(dir, null, preread));
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }
}
