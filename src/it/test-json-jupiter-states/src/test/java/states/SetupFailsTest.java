package states;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SetupFailsTest {

    @BeforeAll
    static void connect() {
        throw new IllegalStateException("database unreachable");
    }

    @Test
    void readsOrders() {
        assertTrue(true);
    }

    @Test
    void writesOrders() {
        assertTrue(true);
    }
}
