package plain;

public final class Words {

    private Words() {
    }

    public static int count(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
