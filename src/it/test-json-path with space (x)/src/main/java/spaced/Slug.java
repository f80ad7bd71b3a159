package spaced;

import java.util.Locale;

public final class Slug {

    private Slug() {
    }

    public static String of(String title) {
        return title.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
