package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PriceTest {

    @Test
    void discount() {
        assertEquals(90, 100 - 5, "discounted price");
    }
}
