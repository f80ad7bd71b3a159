package retry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTest {

    @Test
    void rejectsZero() {
        Runs.record("retry.AmountTest#rejectsZero");
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 20, 30})
    void acceptsAmount(int amount) {
        String id = "retry.AmountTest#acceptsAmount[" + amount + "]";
        if (amount == 20) {
            Runs.failFirstTime(id);
        } else {
            Runs.record(id);
        }
        assertTrue(amount > 0);
    }
}
