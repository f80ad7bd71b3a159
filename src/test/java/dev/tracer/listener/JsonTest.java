package dev.tracer.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c/d\"", Json.quote("a\"b\\c/d"));
        assertEquals("\"\\n\\r\\t\\b\\f\\u0000\\u001f\\u007f\\u2028\\u2029\"",
                Json.quote("\n\r\t\b\f\u0000\u001f\u007f\u2028\u2029"));
    }

    @Test
    void keepsSurrogatePairsAndEscapesUnpairedSurrogates() {
        assertEquals("\"\uD83D\uDE00\"", Json.quote("\uD83D\uDE00"));
        assertEquals("\"\\ud800x\\udc00\\ud83d\"", Json.quote("\uD800x\uDC00\uD83D"));
        assertEquals("\"\\ude00\\ud83d\"", Json.quote("\uDE00\uD83D"));
    }

    @Test
    void everyCharacterRoundTripsThroughJackson() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            all.append(c);
        }
        String text = all.toString();

        String json = new Json().beginObject().field("s", text).endObject().toString();

        assertEquals(text, new ObjectMapper().readTree(json).get("s").asText());
    }

    @Test
    void writesNestedObjectsAndArraysWithCommasAndLeavesNullFieldsOut() {
        String json = new Json().beginObject()
                .field("a", 1)
                .field("skipped", (String) null)
                .strings("list", List.of("x", "y"))
                .name("objects").beginArray()
                .beginObject().field("b", true).endObject()
                .beginObject().endObject()
                .endArray()
                .strings("empty", List.of())
                .endObject()
                .toString();

        assertEquals("{\"a\":1,\"list\":[\"x\",\"y\"],\"objects\":[{\"b\":true},{}],\"empty\":[]}", json);
    }
}
