package shop;

public class Unused {
    public int never() {
        return 1;
    }
}
