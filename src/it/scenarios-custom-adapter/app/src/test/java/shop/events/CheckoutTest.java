package shop.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CheckoutTest {
    private final EventBus bus = new EventBus();

    @Test
    void placingAnOrderPublishesIt() {
        new Checkout(bus).place(7);
        bus.publish(new OrderPlaced(8));
        assertEquals(2, bus.published().size());
    }
}
