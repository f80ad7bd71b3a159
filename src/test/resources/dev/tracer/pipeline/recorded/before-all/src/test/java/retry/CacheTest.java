package retry;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CacheTest {

    @BeforeAll
    static void warmUp() {
        if (Runs.record("retry.CacheTest#warmUp") == 1) {
            throw new IllegalStateException("cache not warm yet");
        }
    }

    @Test
    void readsEntry() {
        Runs.record("retry.CacheTest#readsEntry");
    }

    @Test
    void writesEntry() {
        Runs.record("retry.CacheTest#writesEntry");
    }
}
