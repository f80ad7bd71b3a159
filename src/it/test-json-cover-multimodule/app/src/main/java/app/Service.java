package app;

import core.Calc;

public final class Service {
    private Service() {
    }

    public static int balance(int in, int out) {
        return Calc.sub(in, out);
    }

    public static String unused() {
        return "unused";
    }
}
