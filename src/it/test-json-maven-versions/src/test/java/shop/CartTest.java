package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CartTest {

    @Test
    void addsPrices() {
        Cart cart = new Cart();
        cart.add(250);
        cart.add(750);
        assertEquals(1_000, cart.totalCents());
    }

    @Test
    void startsEmpty() {
        System.out.println("a new cart");
        assertEquals(1, new Cart().totalCents(), "a new cart is empty");
    }
}
