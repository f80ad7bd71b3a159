package zoo;

public record Point(int x, int y) {
    public Point {
        if (x < 0 || y < 0) {
            throw new IllegalArgumentException("negative");
        }
    }

    public Point plus(Point other) {
        return new Point(x + other.x, y + other.y);
    }

    public boolean onAxis() {
        return x == 0 || y == 0;
    }
}
