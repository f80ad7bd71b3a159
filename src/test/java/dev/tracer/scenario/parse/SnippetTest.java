package dev.tracer.scenario.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void collapsesWhitespaceAsTheRegexDid() {
        String[] samples = {"", " ", "a", "a b", "a  b", " a\tb\n", "a\r\n\tb", "\u000Ba\fb", "a\u00A0 b", "a\u2003\u2003b"};
        for (String s : samples) {
            assertEquals(s.replaceAll("\\s+", " "), SourceParser.collapseWhitespace(s), s);
        }
        char[] alphabet = {'a', 'b', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003', '"'};
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            char[] chars = new char[random.nextInt(12)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(chars);
            assertEquals(s.replaceAll("\\s+", " "), SourceParser.collapseWhitespace(s), s);
        }
    }
}
