package slow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HangingTest {

    @Test
    @Order(1)
    void finishesQuickly() {
        assertEquals(2, 1 + 1);
    }

    @Test
    @Order(2)
    void waitsForever() throws InterruptedException {
        System.out.println("waiting for a reply that never comes");
        Thread.sleep(600_000);
    }
}
