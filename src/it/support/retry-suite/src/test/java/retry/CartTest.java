package retry;

import org.junit.jupiter.api.Test;

class CartTest {

    @Test
    void totals() {
        Runs.record("retry.CartTest#totals");
    }

    @Test
    void appliesDiscount() {
        Runs.failFirstTime("retry.CartTest#appliesDiscount");
    }
}
