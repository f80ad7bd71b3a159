package retry;

import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

public class BrokenSetupTest {

    @BeforeClass
    public void setUp() {
        int attempt = Runs.record("retry.BrokenSetupTest#setUp");
        throw new IllegalStateException("no database (attempt " + attempt + ")");
    }

    @Test
    public void readsRow() {
        Runs.record("retry.BrokenSetupTest#readsRow");
    }

    @Test
    public void writesRow() {
        Runs.record("retry.BrokenSetupTest#writesRow");
    }
}
