package retry;

import org.junit.jupiter.api.Test;

class CrashOnRerunTest {

    @Test
    void passes() {
        Runs.record("retry.CrashOnRerunTest#passes");
    }

    @Test
    void exitsOnSecondRun() {
        if (Runs.record("retry.CrashOnRerunTest#exitsOnSecondRun") == 1) {
            throw new AssertionError("first run of retry.CrashOnRerunTest#exitsOnSecondRun fails");
        }
        System.out.println("second run: calling System.exit(3)");
        System.exit(3);
    }
}
