package relay;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class HangTest {

    @Test
    @Tag("trace_messages")
    void waitsForAWorkerThatNeverEnds() throws Exception {
        assumeTrue(Boolean.getBoolean("it.hang"), "runs only with -Dit.hang=true");
        Thread sleeper = new Thread(() -> {
            System.out.println("sleeper starts");
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sleeper");
        sleeper.start();
        sleeper.join();
    }
}
