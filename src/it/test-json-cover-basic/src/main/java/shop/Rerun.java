package shop;

/** Only the rerun of the flaky test runs this: it is covered only if the rerun's exec data is merged. */
public class Rerun {
    public static int second() {
        return 2;
    }
}
