package dev.tracer.coordination;

import static dev.tracer.coordination.Fixtures.document;
import static dev.tracer.coordination.Fixtures.test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tracer.model.TestState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCacheTest {
    private static final String CART = "src/test/java/shop/CartTest.java";
    private static final String ORDER = "src/test/java/shop/OrderTest.java";

    private static ObjectNode event(String type, String cls, String method, String file) throws Exception {
        return (ObjectNode) CacheJson.MAPPER.readTree("{\"type\":\"" + type + "\",\"name\":\"" + method
                + "()\",\"class\":\"" + cls + "\",\"method\":\"" + method + "\",\"module\":\"shop\",\"file\":\""
                + file + "\",\"line\":3,\"state\":\"" + (type.equals("test:pass") ? "passed" : "failed")
                + "\",\"duration_ms\":1,\"tags\":[]}");
    }

    @Test
    void answersWhatWasTestedSinceWhen(@TempDir Path dir) throws Exception {
        Coordinator c = new Coordinator(dir, w -> { });
        Instant before = Instant.now().minusMillis(1);
        try (Coordinator.Ticket t = c.register(Selection.ALL, List.of());
                Coordinator.Turn turn = c.awaitTurn(t, System.nanoTime() + TimeUnit.SECONDS.toNanos(10), r -> { })) {
            Coordinator.Run run = turn.start();
            run.event(event("test:pass", "shop.CartTest", "total", CART));
            run.event(event("test:fail", "shop.CartTest", "tax", CART));
            run.finish(1, null, document(test("shop.CartTest", "total", TestState.PASSED, 3)));
        }
        TestCache cache = TestCache.open(dir);
        Instant after = Instant.now().plusSeconds(1);

        assertTrue(cache.fileTestedAfter(CART, before));
        assertFalse(cache.fileTestedAfter(CART, after));
        assertFalse(cache.fileTestedAfter(ORDER, before));
        assertTrue(cache.filesTestedAfter(List.of(CART), before));
        assertFalse(cache.filesTestedAfter(List.of(CART, ORDER), before));
        assertEquals(List.of("total", "tax"), cache.eventsForFile(CART, before).stream()
                .map(e -> e.test().method()).toList());
        assertEquals(List.of("test:pass", "test:fail"), cache.eventsAfter(null).stream().map(CachedEvent::type)
                .toList());
        assertEquals(TestState.FAILED, cache.eventsAfter(before).get(1).test().state());
        assertNull(cache.lockHolder(), "nobody runs tests now");
        assertEquals(List.of(), cache.requests());

        JsonNode json = CacheJson.MAPPER.readTree(cache.toJson());
        assertEquals(1, json.get("version").asInt());
        assertEquals(1, json.get("runs").size());
        JsonNode run = json.get("runs").get(0);
        assertEquals("completed", run.get("status").asText());
        assertEquals(1, run.get("summary").get("total").asInt());
        assertEquals("test:fail", run.get("events").get(1).get("type").asText());
        assertTrue(run.get("events").get(1).has("at"));
        assertFalse(run.has("document"), "the summary and events, not the whole document");
    }

    @Test
    void showsWhoHoldsTheLockAndWhoWaits(@TempDir Path dir) throws Exception {
        Process holder = Holder.start("run", dir.toString(), "CartTest");
        try {
            TestCache cache = TestCache.open(dir);
            assertEquals("pid=" + holder.pid() + " run=" + cache.runs().get(0).id(), cache.lockHolder());
            assertEquals(List.of("CartTest"), cache.requests().get(0).selection());
            assertEquals("running", cache.runs().get(0).status());
        } finally {
            Holder.kill(holder);
        }
    }
}
