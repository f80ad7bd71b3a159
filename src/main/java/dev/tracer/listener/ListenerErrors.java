package dev.tracer.listener;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listener never throws out of a callback: what it catches ends up here and the first one is printed on the
 * original {@code System.err}. JDK only.
 */
final class ListenerErrors {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private ListenerErrors() {
    }

    static void report(Throwable error) {
        if (COUNT.getAndIncrement() != 0) {
            return;
        }
        try {
            PrintStream err = OutputCapture.originalErr();
            StringBuilder text = new StringBuilder("[tracer] listener error: ").append(error);
            StackTraceElement[] stack = error.getStackTrace();
            for (int i = 0; i < Math.min(stack.length, 8); i++) {
                text.append(System.lineSeparator()).append("\tat ").append(stack[i]);
            }
            text.append(System.lineSeparator()).append("[tracer] further listener errors in this JVM are not reported;"
                    + " the test run itself is not affected");
            err.println(text);
        } catch (Throwable ignored) {
            // nothing left to report to
        }
    }

    /** How many errors listeners caught in this JVM (for tests). */
    static int count() {
        return COUNT.get();
    }
}
