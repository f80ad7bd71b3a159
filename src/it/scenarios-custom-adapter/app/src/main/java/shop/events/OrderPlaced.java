package shop.events;

public record OrderPlaced(int orderId) {
}
