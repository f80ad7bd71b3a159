package exit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecondCallsExitTest {

    @Test
    @Order(1)
    void finishesBeforeTheExit() {
        assertEquals(1, 1);
    }

    @Test
    @Order(2)
    void callsSystemExit() {
        System.out.println("about to call System.exit(3)");
        System.exit(3);
    }

    @Test
    @Order(3)
    void neverRuns() {
        assertEquals(1, 1);
    }
}
