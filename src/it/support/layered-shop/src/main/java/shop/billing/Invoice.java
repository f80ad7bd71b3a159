package shop.billing;

/** No test reaches it: an uncovered node. */
public record Invoice(int ownerId, long cents) {
}
