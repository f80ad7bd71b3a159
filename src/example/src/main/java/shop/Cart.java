package shop;

import java.util.ArrayList;
import java.util.List;

public class Cart {

    private final List<Item> items = new ArrayList<>();

    public Cart add(String product, int unitCents, int quantity) {
        items.add(new Item(product, unitCents, quantity));
        return this;
    }

    public int totalCents() {
        return items.stream().mapToInt(Item::totalCents).sum();
    }

    /** 10% off orders of 100.00 or more. */
    public int totalWithDiscountCents() {
        int total = totalCents();
        return total > 10_000 ? total - total / 10 : total; // bug: should be >= 10_000
    }

    public int size() {
        return items.size();
    }
}
