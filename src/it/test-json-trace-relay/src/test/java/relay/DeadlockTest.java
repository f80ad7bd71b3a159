package relay;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DeadlockTest {

    @Test
    @Tag("trace_messages")
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void transfersLockInOppositeOrder() throws Exception {
        Object accounts = new Object();
        Object ledger = new Object();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Thread debit = new Thread(() -> lockBoth(accounts, ledger, bothHoldOne), "debit");
        Thread credit = new Thread(() -> lockBoth(ledger, accounts, bothHoldOne), "credit");
        debit.setDaemon(true);
        credit.setDaemon(true);
        debit.start();
        credit.start();
        debit.join();
    }

    private static void lockBoth(Object first, Object second, CountDownLatch bothHoldOne) {
        synchronized (first) {
            bothHoldOne.countDown();
            try {
                bothHoldOne.await();
            } catch (InterruptedException e) {
                return;
            }
            synchronized (second) {
                System.out.println("transferred");
            }
        }
    }
}
