package shop;

public class Cart {
    private int total;

    public void add(int price) {
        if (price < 0) {
            throw new IllegalArgumentException("negative price " + price);
        }
        total += price;
    }

    public int total() {
        return total;
    }

    public String label() {
        return total > 100 ? "big" : "small";
    }
}
