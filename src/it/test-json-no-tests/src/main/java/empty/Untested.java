package empty;

public final class Untested {

    private Untested() {
    }

    public static int answer() {
        return 42;
    }
}
