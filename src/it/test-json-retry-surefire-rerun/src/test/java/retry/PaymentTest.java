package retry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PaymentTest {

    @Test
    void passes() {
        Runs.record("retry.PaymentTest#passes");
    }

    @Test
    void flakyOnce() {
        Runs.failFirstTime("retry.PaymentTest#flakyOnce");
    }

    @Test
    void alwaysFails() {
        Runs.record("retry.PaymentTest#alwaysFails");
        int total = 41;
        assertEquals(42, total);
    }
}
