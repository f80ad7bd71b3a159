package views;

public class Ledger {

    private int balance;

    public Ledger deposit(int amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        balance += amount;
        return this;
    }

    public int balance() {
        return balance;
    }
}
