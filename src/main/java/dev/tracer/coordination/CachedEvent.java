package dev.tracer.coordination;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tracer.model.TestCase;
import java.time.Instant;

/**
 * One test event in the cache: a line of a run's stream ({@code test:pass}, {@code test:fail}, {@code test:skip}),
 * when the runner received it.
 *
 * @param run   the id of the run it belongs to
 * @param at    when the runner received it
 * @param event the event as the stream printed it ({@code {"type":"test:pass", ...the test's fields}})
 */
public record CachedEvent(String run, Instant at, ObjectNode event) {

    public String type() {
        return event.path("type").asText();
    }

    /** The test the event is about, its fields as in the document. */
    public TestCase test() {
        ObjectNode fields = event.deepCopy();
        fields.remove("type");
        return CacheJson.MAPPER.convertValue(fields, TestCase.class);
    }

    /** The test's file, relative to the directory Maven ran in ("src/test/java/shop/CartTest.java"), or null. */
    public String file() {
        return event.hasNonNull("file") ? event.get("file").asText() : null;
    }
}
