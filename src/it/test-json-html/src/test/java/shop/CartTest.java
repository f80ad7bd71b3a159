package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CartTest {

    @Test
    @Tag("fast")
    void totalAddsPrices() {
        Cart cart = new Cart().add(250).add(750);
        assertEquals(1_000, cart.totalCents());
    }

    @Test
    @Tag("fast")
    void discountStartsAtOneHundred() {
        Cart cart = new Cart().add(6_000).add(4_000);
        System.out.println("cart total: " + cart.totalCents());
        assertEquals(9_000, cart.totalCents());
    }

    @Test
    void receiptListsEveryItem() {
        Cart cart = new Cart().add(100).add(200);
        String expected = """
                RECEIPT
                item 100
                item 200
                total 300 cents
                """;
        assertEquals(expected, cart.receipt());
    }

    @Test
    @Tag("slow")
    void refundCannotExceedTheTotal() {
        Cart cart = new Cart().add(500);
        assertEquals(0, cart.refund(600));
    }

    @Test
    @Disabled("currency support is not written yet")
    void pricesInEuros() {
    }
}
