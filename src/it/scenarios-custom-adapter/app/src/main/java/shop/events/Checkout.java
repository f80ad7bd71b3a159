package shop.events;

public class Checkout {
    private final EventBus bus;

    public Checkout(EventBus bus) {
        this.bus = bus;
    }

    public void place(int orderId) {
        bus.publish(new OrderPlaced(orderId));
    }
}
