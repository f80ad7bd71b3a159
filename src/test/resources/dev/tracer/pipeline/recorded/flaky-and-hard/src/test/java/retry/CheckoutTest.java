package retry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CheckoutTest {

    @Test
    void passes() {
        Runs.record("retry.CheckoutTest#passes");
        assertEquals(4, 2 + 2);
    }

    @Test
    void flakyOnce() {
        Runs.failFirstTime("retry.CheckoutTest#flakyOnce");
    }

    @Test
    void alwaysFails() {
        Runs.record("retry.CheckoutTest#alwaysFails");
        int total = 41;
        assertEquals(42, total);
    }
}
