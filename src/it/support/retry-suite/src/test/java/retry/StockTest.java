package retry;

import org.junit.jupiter.api.Test;

class StockTest {

    @Test
    void counts() {
        Runs.record("retry.StockTest#counts");
    }

    @Test
    void reserves() {
        if (Runs.record("retry.StockTest#reserves") == 1) {
            throw new IllegalStateException("stock service not ready");
        }
    }
}
