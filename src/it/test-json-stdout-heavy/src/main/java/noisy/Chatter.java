package noisy;

public final class Chatter {

    private Chatter() {
    }

    /** Prints {@code lines} lines to stdout and a fifth as many to stderr, as chatty production code does. */
    public static int talk(String who, int lines) {
        for (int i = 1; i <= lines; i++) {
            System.out.println(who + " says line " + i);
            if (i % 5 == 0) {
                System.err.println(who + " complains on line " + i);
            }
        }
        return lines;
    }
}
