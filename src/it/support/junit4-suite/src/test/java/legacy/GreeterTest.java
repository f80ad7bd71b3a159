package legacy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import org.junit.Ignore;
import org.junit.Test;

public class GreeterTest {

    private final Greeter greeter = new Greeter();

    @Test
    public void greetsByName() {
        assertEquals("Hello, Ada!", greeter.greet("Ada"));
    }

    @Test
    public void capitalizesTheName() {
        System.out.println("greeting ada");
        assertEquals("Hello, Ada!", greeter.greet("ada"));
    }

    @Test
    public void countsCharacters() {
        assertEquals("length of Ada", 10, greeter.length("Ada"));
    }

    @Test
    public void toleratesNoName() {
        greeter.greet(null);
    }

    @Test
    @Ignore("needs the greeting service")
    public void greetsInFrench() {
        fail("must not run");
    }

    @Test
    public void greetsOnWeekdays() {
        assumeTrue("runs on weekdays only", false);
        fail("must not run");
    }
}
