package shop;

public class Cart {
    private long totalCents;

    public void add(long cents) {
        totalCents += cents;
    }

    public long totalCents() {
        return totalCents;
    }
}
