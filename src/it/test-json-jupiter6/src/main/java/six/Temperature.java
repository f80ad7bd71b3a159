package six;

public final class Temperature {

    private Temperature() {
    }

    public static double toFahrenheit(double celsius) {
        return celsius * 9 / 5 + 30; // a bug the tests find: should be + 32
    }

    public static boolean isFreezing(double celsius) {
        return celsius <= 0;
    }
}
