package geo;

public class Base {
    public Base(double size) { }
}
