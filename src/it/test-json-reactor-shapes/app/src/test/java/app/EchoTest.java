package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EchoTest {

    @Test
    void repeatsTwice() {
        assertEquals("abab", Echo.twice("ab"));
    }

    @Test
    void usesCore() {
        assertEquals(0, new core.Counter().value());
    }
}
