package retry;

import org.junit.jupiter.api.Test;

class ClockTest {

    @Test
    void ticks() {
        Runs.record("retry.ClockTest#ticks");
    }
}
