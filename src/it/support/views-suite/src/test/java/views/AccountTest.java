package views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(Recorder.class)
class AccountTest {

    @Test
    void opensEmpty() {
        assertEquals(0, new Ledger().balance());
    }

    @Test
    void withdrawalNeedsTheBalanceService() {
        if (!Fix.applied()) {
            throw new IllegalStateException("balance service unavailable");
        }
    }

    @Test
    void depositNeedsTheBalanceService() {
        if (!Fix.applied()) {
            throw new IllegalStateException("balance service unavailable");
        }
    }

    @Test
    @Disabled("statements come later")
    void printsStatement() {
        fail("must not run");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void acceptsAmount(int amount) {
        if (amount == 2 && !Fix.applied()) {
            fail("amount " + amount + " was rejected by the ledger");
        }
        assertEquals(amount, new Ledger().deposit(amount).balance());
    }

    @Nested
    class WhenFrozen {

        @Test
        void keepsTheBalance() {
            assertEquals(5, new Ledger().deposit(5).balance());
        }

        @Test
        void refusesWithdrawals() {
            if (!Fix.applied()) {
                fail("\n   frozen account allowed a withdrawal   \nledger: 100 -> 40");
            }
        }
    }
}
