package legacy;

import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import org.junit.BeforeClass;
import org.junit.Test;

public class SetupAbortedTest {

    @BeforeClass
    public static void connect() {
        assumeTrue("greeting service is offline", false);
    }

    @Test
    public void greetsRemotely() {
        assertTrue(true);
    }

    @Test
    public void greetsTwiceRemotely() {
        assertTrue(true);
    }
}
