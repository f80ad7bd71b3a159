package geo;

import module java.base;

/// A shape, documented in **markdown** (JEP 467).
public sealed interface Shape permits Circle, Square {
    static String describe(Object o) {
        return switch (o) {
            case Circle(var r) when r > 10 -> "big circle";
            case Circle(_) -> "circle";
            case Square s -> "square " + s.side();
            default -> "other";
        };
    }
}
