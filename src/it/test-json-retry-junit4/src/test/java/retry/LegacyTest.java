package retry;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class LegacyTest {

    @Test
    public void passes() {
        Runs.record("retry.LegacyTest#passes");
        assertEquals(4, 2 + 2);
    }

    @Test
    public void flakyOnce() {
        Runs.failFirstTime("retry.LegacyTest#flakyOnce");
    }
}
