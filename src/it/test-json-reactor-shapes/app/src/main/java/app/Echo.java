package app;

public final class Echo {

    private Echo() {
    }

    public static String twice(String s) {
        return s + s;
    }
}
