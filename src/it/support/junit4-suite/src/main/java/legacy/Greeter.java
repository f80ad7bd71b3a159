package legacy;

public class Greeter {

    public String greet(String name) {
        return "Hello, " + name.trim() + "!";
    }

    public int length(String name) {
        return greet(name).length();
    }
}
