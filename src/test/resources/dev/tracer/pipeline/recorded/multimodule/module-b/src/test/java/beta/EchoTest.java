package beta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EchoTest {

    @Test
    void repeatsTwice() {
        assertEquals("abab", Echo.twice("ab"));
    }

    @Test
    void repeatsNothing() {
        assertEquals("", Echo.twice(""));
        // Uses module-a, whose tests failed earlier in the reactor.
        assertEquals(0, new alpha.Counter().value());
    }
}
