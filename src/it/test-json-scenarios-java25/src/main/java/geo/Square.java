package geo;

public final class Square extends Base implements Shape {
    private final double side;
    public Square(double side) {
        if (side < 0) throw new IllegalArgumentException("negative");   // before super(): JEP 513
        var checked = Math.abs(side);
        super(checked);
        this.side = checked;
    }
    public double side() { return side; }
}
