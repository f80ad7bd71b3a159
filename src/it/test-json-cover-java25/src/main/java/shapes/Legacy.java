package shapes;

public class Legacy {
    public int old() {
        return 1;
    }
}
