package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CartTest {

    @Test
    void total() {
        Runs.record("CartTest#total");
        assertEquals(3, 1 + 2);
    }

    @Test
    void taxIncluded() {
        Runs.record("CartTest#taxIncluded");
        assertEquals(119, 100 + 20, "tax");
    }
}
