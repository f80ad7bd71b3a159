package geo;

import module java.base;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/// Markdown doc comment on a test class.
class ShapeTest {
    @Test
    void describes() {
        var circle = new Circle(2);
        for (var _ : List.of(1, 2)) { }
        try { circle.area(); } catch (RuntimeException _) { }
        if (circle instanceof Circle(double r) && r > 1) {
            assertEquals("circle", Shape.describe(circle));
        }
        Runnable r = () -> new Square(3).side();
        r.run();
    }

    @Test
    void aNegativeSideIsRejectedBeforeSuper() {
        assertThrows(IllegalArgumentException.class, () -> new Square(-1));
    }
}
