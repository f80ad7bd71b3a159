package shop;

import java.util.HashMap;
import java.util.Map;

public class Inventory {
    private final Map<String, Integer> stock = new HashMap<>();

    public void receive(String sku, int quantity) {
        stock.merge(sku, quantity, Integer::sum);
    }

    public int reserve(String sku, int quantity) {
        int available = stock.getOrDefault(sku, 0);
        // The wrong condition: a reservation of all that is in stock must succeed.
        if (quantity >= available) {
            throw new IllegalStateException("cannot reserve " + quantity + " of '" + sku + "': " + available
                    + " in stock");
        }
        stock.put(sku, available - quantity);
        return available - quantity;
    }

    public int available(String sku) {
        return stock.getOrDefault(sku, 0);
    }
}
