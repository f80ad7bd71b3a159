package retry;

import org.junit.jupiter.api.Test;

class BeforeCrashTest {

    @Test
    void flakyOnce() {
        Runs.failFirstTime("retry.BeforeCrashTest#flakyOnce");
    }
}
