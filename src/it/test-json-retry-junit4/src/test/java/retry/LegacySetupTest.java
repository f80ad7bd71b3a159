package retry;

import org.junit.BeforeClass;
import org.junit.Test;

public class LegacySetupTest {

    @BeforeClass
    public static void warmUp() {
        if (Runs.record("retry.LegacySetupTest#warmUp") == 1) {
            throw new IllegalStateException("cache not warm yet");
        }
    }

    @Test
    public void readsEntry() {
        Runs.record("retry.LegacySetupTest#readsEntry");
    }

    @Test
    public void writesEntry() {
        Runs.record("retry.LegacySetupTest#writesEntry");
    }
}
