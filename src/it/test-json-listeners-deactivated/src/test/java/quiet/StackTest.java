package quiet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class StackTest {

    @Test
    void startsEmpty() {
        assertEquals(0, new Stack().size());
    }

    @Test
    void growsOnPush() {
        Stack stack = new Stack();
        stack.push("a");
        assertEquals(1, stack.size());
    }

    @Test
    void popsTheLastPushed() {
        Stack stack = new Stack();
        stack.push("a");
        stack.push("b");
        assertEquals("b", stack.pop());
    }

    @Test
    @Disabled("peek is not written yet")
    void peeks() {
    }
}
