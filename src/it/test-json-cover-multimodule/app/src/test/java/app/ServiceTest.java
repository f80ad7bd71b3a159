package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ServiceTest {
    @Test
    void balances() {
        assertEquals(7, Service.balance(10, 3));
    }
}
