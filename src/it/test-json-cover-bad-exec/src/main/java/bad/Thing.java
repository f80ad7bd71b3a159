package bad;

public class Thing {
    public int value() {
        return 1;
    }
}
