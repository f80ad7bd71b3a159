package states;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StaticInitFailsTest {

    private static final Cart CART = loadCart();

    private static Cart loadCart() {
        throw new IllegalStateException("fixture file missing");
    }

    @Test
    void firstUse() {
        assertEquals(0, CART.total());
    }

    @Test
    void secondUse() {
        assertEquals(0, CART.total());
    }
}
