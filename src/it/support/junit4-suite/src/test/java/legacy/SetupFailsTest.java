package legacy;

import static org.junit.Assert.assertTrue;

import org.junit.BeforeClass;
import org.junit.Test;

public class SetupFailsTest {

    @BeforeClass
    public static void loadLocales() {
        throw new IllegalStateException("no locale data");
    }

    @Test
    public void greetsInGerman() {
        assertTrue(true);
    }

    @Test
    public void greetsInDutch() {
        assertTrue(true);
    }
}
