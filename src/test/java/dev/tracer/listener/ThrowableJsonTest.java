package dev.tracer.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ComparisonFailure;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ThrowableJsonTest {

    private static JsonNode json(Throwable t) throws Exception {
        Json json = new Json();
        ThrowableJson.write(json, t);
        return new ObjectMapper().readTree(json.toString());
    }

    @Test
    void opentest4jExpectedAndActualAreTheirStringRepresentations() throws Exception {
        JsonNode node = json(new AssertionFailedError("differ", 42, null));

        assertEquals("org.opentest4j.AssertionFailedError", node.get("type").asText());
        assertTrue(node.get("assertion").asBoolean());
        assertEquals("42", node.get("expected").asText());
        assertEquals("null", node.get("actual").asText());
    }

    @Test
    void undefinedExpectedAndActualAreLeftOut() throws Exception {
        JsonNode node = json(new AssertionFailedError("no values"));

        assertFalse(node.has("expected"));
        assertFalse(node.has("actual"));
        assertEquals("no values", node.get("message").asText());
    }

    @Test
    void subclassThatIsNotPublicStillGivesItsValues() throws Exception {
        JsonNode node = json(new HiddenAssertionError());

        assertEquals("a", node.get("expected").asText());
        assertEquals("b", node.get("actual").asText());
    }

    @Test
    void junit4ComparisonFailureGivesItsStrings() throws Exception {
        JsonNode node = json(new ComparisonFailure("m", "left", "right"));

        assertEquals("left", node.get("expected").asText());
        assertEquals("right", node.get("actual").asText());
    }

    @Test
    void plainErrorHasNoAssertionFieldsAndNoMessageWhenNull() throws Exception {
        JsonNode node = json(new IllegalStateException());

        assertFalse(node.get("assertion").asBoolean());
        assertFalse(node.has("message") || node.has("expected") || node.has("actual") || node.has("cause"));
    }

    @Test
    void stackIsCappedAt200Frames() throws Exception {
        Throwable deep = recurse(500);

        JsonNode stack = json(deep).get("stack");

        assertEquals(ThrowableJson.MAX_FRAMES, stack.size());
        assertEquals("recurse", stack.get(0).get("method").asText());
        assertEquals(ThrowableJsonTest.class.getName(), stack.get(0).get("class").asText());
        assertEquals("ThrowableJsonTest.java", stack.get(0).get("file").asText());
        assertTrue(stack.get(0).get("line").asInt() > 0);
    }

    @Test
    void causeChainIsCappedAtDepthFive() throws Exception {
        Throwable t = new RuntimeException("level 8");
        for (int level = 7; level >= 0; level--) {
            t = new RuntimeException("level " + level, t);
        }

        JsonNode node = json(t);

        int depth = 0;
        while (node.has("cause")) {
            node = node.get("cause");
            depth++;
        }
        assertEquals(ThrowableJson.MAX_CAUSES, depth);
        assertEquals("level 5", node.get("message").asText());
    }

    @Test
    void causeCycleEndsTheChain() throws Exception {
        CyclicException a = new CyclicException("a");
        CyclicException b = new CyclicException("b");
        a.cause = b;
        b.cause = a;

        JsonNode node = json(a);

        assertEquals("b", node.get("cause").get("message").asText());
        assertFalse(node.get("cause").has("cause"));
    }

    @Test
    void longMessageIsCutAt20000Chars() throws Exception {
        String message = "x".repeat(19_999) + "\uD83D\uDE00" + "y".repeat(5_000);

        JsonNode node = json(new AssertionFailedError(message, message, "short"));

        assertEquals("x".repeat(19_999), node.get("message").asText());
        assertEquals("x".repeat(19_999), node.get("expected").asText());
    }

    @Test
    void messageThatThrowsIsLeftOut() throws Exception {
        JsonNode node = json(new RuntimeException() {
            @Override
            public String getMessage() {
                throw new UnsupportedOperationException();
            }
        });

        assertFalse(node.has("message"));
    }

    private static Throwable recurse(int depth) {
        return depth == 0 ? new RuntimeException("deep") : recurse(depth - 1);
    }

    private static final class HiddenAssertionError extends AssertionFailedError {
        HiddenAssertionError() {
            super("hidden", "a", "b");
        }
    }

    private static final class CyclicException extends RuntimeException {
        Throwable cause;

        CyclicException(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable getCause() {
            return cause;
        }
    }
}
