package retry;

import org.junit.jupiter.api.Test;

class FirstTest {

    @Test
    void adds() {
        Runs.record("retry.FirstTest#adds");
    }

    @Test
    void multiplies() {
        Runs.record("retry.FirstTest#multiplies");
    }
}
