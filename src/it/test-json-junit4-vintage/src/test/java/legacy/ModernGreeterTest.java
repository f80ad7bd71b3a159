package legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A Jupiter test beside the JUnit 4 ones, as in a project halfway through its migration. */
class ModernGreeterTest {

    @Test
    void greetsWithJupiter() {
        assertEquals("Hello, Grace!", new Greeter().greet("Grace"));
    }

    @Test
    void trimsTheName() {
        assertEquals("Hello, Grace!", new Greeter().greet(" Grace "));
    }
}
