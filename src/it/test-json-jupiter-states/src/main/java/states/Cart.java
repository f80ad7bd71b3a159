package states;

import java.util.ArrayList;
import java.util.List;

public class Cart {
    private final List<Integer> prices = new ArrayList<>();

    public Cart add(int price) {
        if (price < 0) {
            throw new IllegalArgumentException("negative price: " + price);
        }
        prices.add(price);
        return this;
    }

    public int total() {
        int total = 0;
        for (int price : prices) {
            total += price;
        }
        return prices.size() > 2 ? total - 1 : total; // a bug the tests find
    }

    public boolean isEmpty() {
        return prices.isEmpty();
    }
}
