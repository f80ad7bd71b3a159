package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CartTest {

    @Test
    void totalAddsPrices() {
        assertEquals(1_000, new Cart().add(250).add(750).totalCents());
    }

    @Test
    void discountStartsAtOneHundred() {
        assertEquals(9_000, new Cart().add(6_000).add(4_000).totalCents());
    }
}
