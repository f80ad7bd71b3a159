package dev.tracer.listener;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Writes a throwable as the contract's THROWABLE object. Expected and actual values are read reflectively, so
 * that this class depends on no assertion library: opentest4j's {@code AssertionFailedError} (JUnit 5, AssertJ)
 * gives a {@code ValueWrapper} whose string representation is used when the value is defined, JUnit 4's
 * {@code ComparisonFailure} gives strings. JDK only.
 */
final class ThrowableJson {

    static final int MAX_FRAMES = 200;
    static final int MAX_CAUSES = 5;
    static final int MAX_MESSAGE = 20_000;

    private ThrowableJson() {
    }

    static void write(Json json, Throwable throwable) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
        write(json, throwable, 0, seen);
    }

    private static void write(Json json, Throwable t, int depth, Set<Throwable> seen) {
        seen.add(t);
        boolean assertion = t instanceof AssertionError;
        json.beginObject();
        json.field("type", t.getClass().getName());
        json.field("message", cut(message(t)));
        json.field("assertion", assertion);
        if (assertion) {
            json.field("expected", cut(comparisonValue(t, "Expected")));
            json.field("actual", cut(comparisonValue(t, "Actual")));
        }
        json.name("stack").beginArray();
        StackTraceElement[] stack = t.getStackTrace();
        for (int i = 0; i < Math.min(stack.length, MAX_FRAMES); i++) {
            StackTraceElement frame = stack[i];
            json.beginObject()
                    .field("class", frame.getClassName())
                    .field("method", frame.getMethodName())
                    .field("file", frame.getFileName());
            if (frame.getLineNumber() > 0) {
                json.field("line", frame.getLineNumber());
            }
            json.endObject();
        }
        json.endArray();
        Throwable cause = t.getCause();
        if (cause != null && depth < MAX_CAUSES && !seen.contains(cause)) {
            json.name("cause");
            write(json, cause, depth + 1, seen);
        }
        json.endObject();
    }

    /** The message, or {@code null}; a throwable whose {@code getMessage()} throws has none. */
    static String message(Throwable t) {
        try {
            return t.getMessage();
        } catch (Throwable e) {
            return null;
        }
    }

    /** The message of an assumption, or its type when it has no message: what {@code reason} shows. */
    static String reason(Throwable t) {
        if (t == null) {
            return null;
        }
        String message = message(t);
        return cut(message != null ? message : t.getClass().getName());
    }

    static String cut(String s) {
        if (s == null || s.length() <= MAX_MESSAGE) {
            return s;
        }
        int end = MAX_MESSAGE;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** {@code getExpected()}/{@code getActual()} of an assertion error, when it has them and the value is defined. */
    private static String comparisonValue(Throwable t, String which) {
        try {
            Method defined = publicMethod(t.getClass(), "is" + which + "Defined");
            if (defined != null && !Boolean.TRUE.equals(defined.invoke(t))) {
                return null;
            }
            Method getter = publicMethod(t.getClass(), "get" + which);
            if (getter == null) {
                return null;
            }
            Object value = getter.invoke(t);
            if (value == null) {
                return null;
            }
            if (value instanceof String) {
                return (String) value;
            }
            Method representation = publicMethod(value.getClass(), "getStringRepresentation");
            if (representation != null) {
                Object text = representation.invoke(value);
                return text == null ? null : text.toString();
            }
            return String.valueOf(value);
        } catch (Throwable e) {
            return null;
        }
    }

    /** A public no-argument method, looked up on the nearest public class so that it can be invoked. */
    private static Method publicMethod(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            try {
                return c.getMethod(name);
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
        return null;
    }
}
