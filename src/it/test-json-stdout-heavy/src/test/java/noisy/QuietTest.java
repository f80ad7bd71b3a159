package noisy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuietTest {

    @Test
    void printsNothing() {
        assertEquals(4, 2 + 2);
    }
}
