package zoo;

public enum Color {
    RED {
        @Override
        String shout() {
            return "RED!";
        }
    },
    GREEN,
    BLUE;

    String shout() {
        return name().toLowerCase();
    }

    public Color next() {
        switch (this) {
            case RED:
                return GREEN;
            case GREEN:
                return BLUE;
            default:
                return RED;
        }
    }

    public String describe() {
        return switch (this) {
            case RED -> "warm";
            case GREEN, BLUE -> "cool";
        };
    }
}
