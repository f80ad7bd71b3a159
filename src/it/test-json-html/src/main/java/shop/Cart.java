package shop;

import java.util.ArrayList;
import java.util.List;

public class Cart {
    private final List<Integer> prices = new ArrayList<>();

    public Cart add(int cents) {
        prices.add(cents);
        return this;
    }

    public int totalCents() {
        int total = 0;
        for (int price : prices) {
            total += price;
        }
        // The bug the report shows: a discount that starts one cent too late.
        if (total > 10_000) {
            total = total * 9 / 10;
        }
        return total;
    }

    public String receipt() {
        StringBuilder text = new StringBuilder("RECEIPT\n");
        for (int price : prices) {
            text.append("item ").append(price).append('\n');
        }
        return text.append("total ").append(totalCents()).append('\n').toString();
    }

    public int refund(int cents) {
        if (cents > totalCents()) {
            throw new IllegalStateException("refund of " + cents + " exceeds the total " + totalCents());
        }
        return totalCents() - cents;
    }
}
