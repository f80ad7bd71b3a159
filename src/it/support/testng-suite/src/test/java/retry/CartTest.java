package retry;

import static org.testng.Assert.assertEquals;

import org.testng.SkipException;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

@Test(groups = "cart")
public class CartTest {

    @Test(groups = "fast")
    public void passes() {
        Runs.record("retry.CartTest#passes");
        assertEquals(2 + 2, 4);
    }

    @Test
    public void alwaysFails() {
        Runs.record("retry.CartTest#alwaysFails");
        System.out.println("cart total before the check: 41");
        assertEquals(41, 42, "cart total");
    }

    @Test
    public void flakyOnce() {
        Runs.failFirstTime("retry.CartTest#flakyOnce");
    }

    @Test
    public void notReady() {
        throw new SkipException("checkout is not ready");
    }

    @Test(invocationCount = 2)
    public void repeats() {
        assertEquals(1 + 1, 2);
    }

    @DataProvider
    public Object[][] quantities() {
        return new Object[][] {{1}, {2}, {3}};
    }

    @Test(dataProvider = "quantities")
    public void pricing(int quantity) {
        String id = "retry.CartTest#pricing[" + quantity + "]";
        if (quantity == 2) {
            Runs.failFirstTime(id);
        } else {
            Runs.record(id);
        }
        assertEquals(quantity * 10 <= 20, true, "price of " + quantity);
    }
}
