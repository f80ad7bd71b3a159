package shop;

/** A line of a cart: a product, its unit price in cents, and a quantity. */
public record Item(String product, int unitCents, int quantity) {

    public Item {
        if (unitCents < 0) {
            throw new IllegalArgumentException("negative price for " + product + ": " + unitCents);
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity of " + product + " must be at least 1, was " + quantity);
        }
    }

    public int totalCents() {
        return unitCents * quantity;
    }
}
