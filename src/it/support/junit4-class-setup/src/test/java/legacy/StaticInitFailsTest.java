package legacy;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class StaticInitFailsTest {

    private static final Greeter GREETER = loadGreeter();

    private static Greeter loadGreeter() {
        throw new IllegalStateException("greeter config missing");
    }

    @Test
    public void firstUse() {
        assertEquals("Hello, Ada!", GREETER.greet("Ada"));
    }

    @Test
    public void secondUse() {
        assertEquals("Hello, Ada!", GREETER.greet("Ada"));
    }
}
