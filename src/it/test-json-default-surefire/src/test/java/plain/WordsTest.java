package plain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void countsWords() {
        assertEquals(3, Words.count(" one two  three "));
    }

    @Test
    void countsNothingInBlankText() {
        assertEquals(0, Words.count("   "));
    }
}
