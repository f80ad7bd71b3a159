package core;

public class Counter {
    private int value;

    public void increment() {
        value += 2; // a bug the tests find
    }

    public int value() {
        return value;
    }
}
