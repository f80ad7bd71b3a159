package dev.tracer.html;

/** A string builder for HTML that escapes every text it is given. */
final class Html {
    private final StringBuilder out;

    Html(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Appends markup as is: only for literals of this package. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends text, escaped for element content and attribute values alike. */
    Html text(String text) {
        escape(out, text == null ? "" : text);
        return this;
    }

    Html text(long number) {
        out.append(number);
        return this;
    }

    /** {@code <tag class="cls">text</tag>}. */
    Html element(String tag, String cls, String text) {
        out.append('<').append(tag);
        if (cls != null) {
            out.append(" class=\"").append(cls).append('"');
        }
        out.append('>');
        text(text);
        out.append("</").append(tag).append('>');
        return this;
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        escape(b, text);
        return b.toString();
    }

    private static void escape(StringBuilder b, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
    }

    int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
