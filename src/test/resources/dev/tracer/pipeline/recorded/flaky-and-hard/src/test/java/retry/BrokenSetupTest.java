package retry;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BrokenSetupTest {

    @BeforeAll
    static void setUp() {
        int attempt = Runs.record("retry.BrokenSetupTest#setUp");
        throw new IllegalStateException("no database (attempt " + attempt + ")");
    }

    @Test
    void usesDatabase() {
        Runs.record("retry.BrokenSetupTest#usesDatabase");
    }
}
