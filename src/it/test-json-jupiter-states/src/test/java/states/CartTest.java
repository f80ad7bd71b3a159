package states;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CartTest {

    @Test
    @Tag("fast")
    @Tag("cart")
    void addsOnePrice() {
        System.out.println("a passing test prints this");
        assertEquals(3, new Cart().add(3).total());
    }

    @Test
    void totalOfThreePrices() {
        Cart cart = new Cart().add(1).add(2).add(3);
        System.out.println("cart has 3 items");
        assertEquals(6, cart.total());
    }

    @Test
    void rejectsNegativePriceQuietly() {
        new Cart().add(-1);
    }

    @Test
    void totalWithAssertJ() {
        Cart cart = new Cart().add(2).add(2).add(1);
        assertThat(cart.total()).isEqualTo(5);
    }

    @Test
    @Disabled("waiting for the tax rules")
    void appliesTax() {
        fail("must not run");
    }

    @Test
    void convertsCurrency() {
        assumeTrue(false, "currency service is down");
        fail("must not run");
    }

    @Test
    @DisplayName("an empty cart totals zero")
    void emptyCartTotalsZero() {
        assertEquals(0, new Cart().total());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void countsItems(int n) {
        Cart cart = new Cart();
        for (int i = 0; i < n; i++) {
            cart.add(1);
        }
        assertEquals(n, cart.total());
    }

    @Test
    void printsALotThenFails() {
        for (int i = 1; i <= 3000; i++) {
            System.out.println("progress line " + i + " of 3000");
        }
        fail("gave up after printing");
    }

    @Nested
    @DisplayName("when empty")
    class WhenEmpty {

        @Test
        @DisplayName("is empty")
        void isEmpty() {
            assertTrue(new Cart().isEmpty());
        }

        @Test
        void acceptsAFirstPrice() {
            assertTrue(new Cart().add(7).isEmpty(), "cart should be empty");
        }
    }
}
