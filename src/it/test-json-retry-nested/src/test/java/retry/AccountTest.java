package retry;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void opensEmpty() {
        Runs.record("retry.AccountTest#opensEmpty");
    }

    @Nested
    class WhenFrozen {

        @Test
        void keepsTheBalance() {
            Runs.record("retry.AccountTest$WhenFrozen#keepsTheBalance");
        }

        @Test
        void refusesWithdrawals() {
            Runs.failFirstTime("retry.AccountTest$WhenFrozen#refusesWithdrawals");
        }
    }
}
