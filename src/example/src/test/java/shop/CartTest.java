package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class CartTest {

    @Test
    void totalAddsEveryLine() {
        Cart cart = new Cart().add("pen", 150, 2).add("pad", 400, 1);
        assertEquals(700, cart.totalCents());
    }

    @Test
    void rejectsANegativePrice() {
        assertThrows(IllegalArgumentException.class, () -> new Cart().add("pen", -1, 1));
    }

    @Test
    void discountStartsAtOneHundred() {
        Cart cart = new Cart().add("chair", 5_000, 2);
        System.out.println("cart total: " + cart.totalCents());
        assertEquals(9_000, cart.totalWithDiscountCents());
    }

    @Test
    @Disabled("gift cards are not supported yet")
    void paysWithAGiftCard() {
    }
}
