package dev.tracer.listener;

import java.util.Arrays;
import java.util.List;

/**
 * A minimal JSON writer for one event line. JDK only (runs in the test JVM). Optional fields whose value is
 * {@code null} are left out, as the event contract requires.
 *
 * <p>Escaping: quote, backslash and every control character are escaped, as are U+007F, U+2028 and U+2029; an
 * unpaired surrogate is written as a {@code \\uXXXX} escape so the line stays valid UTF-8.
 */
final class Json {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder(256);
    private boolean[] first = new boolean[8];
    private int depth;
    private boolean afterName;

    Json beginObject() {
        beforeValue();
        out.append('{');
        push();
        return this;
    }

    Json endObject() {
        depth--;
        out.append('}');
        return this;
    }

    Json beginArray() {
        beforeValue();
        out.append('[');
        push();
        return this;
    }

    Json endArray() {
        depth--;
        out.append(']');
        return this;
    }

    Json name(String name) {
        if (!first[depth - 1]) {
            out.append(',');
        }
        first[depth - 1] = false;
        quote(name, out);
        out.append(':');
        afterName = true;
        return this;
    }

    Json value(String value) {
        beforeValue();
        if (value == null) {
            out.append("null");
        } else {
            quote(value, out);
        }
        return this;
    }

    Json value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    Json value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /** Writes {@code "name":"value"}, or nothing when the value is {@code null}. */
    Json field(String name, String value) {
        return value == null ? this : name(name).value(value);
    }

    Json field(String name, long value) {
        return name(name).value(value);
    }

    Json field(String name, boolean value) {
        return name(name).value(value);
    }

    Json strings(String name, List<String> values) {
        name(name).beginArray();
        for (String value : values) {
            value(value);
        }
        return endArray();
    }

    /** Writes an already serialized JSON value (an object another {@code Json} built). */
    Json raw(String json) {
        beforeValue();
        out.append(json);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth > 0) {
            if (!first[depth - 1]) {
                out.append(',');
            }
            first[depth - 1] = false;
        }
    }

    private void push() {
        if (depth == first.length) {
            first = Arrays.copyOf(first, depth * 2);
        }
        first[depth++] = true;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(s, sb);
        return sb.toString();
    }

    static void quote(String s, StringBuilder out) {
        out.append('"');
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                default:
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        unicode(c, out);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(++i));
                        } else {
                            unicode(c, out);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        unicode(c, out);
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    private static void unicode(char c, StringBuilder out) {
        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                .append(HEX[c & 0xf]);
    }
}
