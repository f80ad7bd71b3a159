package views;

/** Whether the run has the fix: {@code -Dfixed=true} reaches the tests through Surefire's systemPropertyVariables. */
final class Fix {

    private Fix() {
    }

    static boolean applied() {
        return Boolean.getBoolean("fixed");
    }
}
