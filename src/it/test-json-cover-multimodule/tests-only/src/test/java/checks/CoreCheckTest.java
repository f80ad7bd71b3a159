package checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CoreCheckTest {
    @Test
    void addsNegatives() {
        assertEquals(-3, core.Calc.add(-1, -2));
    }
}
