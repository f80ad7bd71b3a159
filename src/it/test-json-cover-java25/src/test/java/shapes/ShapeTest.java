package shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShapeTest {
    @Test
    void areas() {
        assertEquals(4.0, Shape.area(new Shape.Square(2)));
        assertEquals(6.0, Shape.area(new Shape.Rect(2, 3)));
        assertEquals(0.0, Shape.area(new Shape.Circle(0)));
        assertEquals("big shape", Shape.kind(new Shape.Square(4)));
    }
}
