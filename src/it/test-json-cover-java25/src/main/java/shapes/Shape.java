package shapes;

public sealed interface Shape permits Shape.Circle, Shape.Square, Shape.Rect {
    record Circle(double radius) implements Shape {
    }

    record Square(double side) implements Shape {
    }

    record Rect(double width, double height) implements Shape {
    }

    static double area(Shape shape) {
        return switch (shape) {
            case Circle c when c.radius() == 0 -> 0;
            case Circle c -> Math.PI * c.radius() * c.radius();
            case Square(double side) -> side * side;
            case Rect(double w, double h) -> w * h;
        };
    }

    static String kind(Object o) {
        if (o instanceof Shape s && area(s) > 10) {
            return "big shape";
        }
        return o instanceof Shape ? "shape" : "other";
    }
}
