package dev.tracer.listener;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the tail of what each running test prints. Installed once per JVM, it replaces {@code System.out} and
 * {@code System.err} by tee streams that still write everything to the original streams and also append it to
 * the buffer of the test that printed it: the test whose buffer the printing thread holds (set at test start on
 * the test's thread and inherited by threads it starts), or else the only test running, if exactly one runs.
 * Otherwise the text is not attributed. JDK only.
 */
final class OutputCapture {

    /** Characters of output kept per test (the tail). */
    static final int LIMIT = 8_000;

    private static final InheritableThreadLocal<Buffer> CURRENT = new InheritableThreadLocal<>();
    private static final Set<Buffer> RUNNING = ConcurrentHashMap.newKeySet();

    private static volatile PrintStream originalOut;
    private static volatile PrintStream originalErr;

    private OutputCapture() {
    }

    static synchronized void install() {
        if (originalOut != null) {
            return;
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        originalOut = out;
        originalErr = err;
        System.setOut(new Tee(out, false));
        System.setErr(new Tee(err, true));
    }

    /** {@code System.err} as it was before the capture was installed. */
    static PrintStream originalErr() {
        PrintStream err = originalErr;
        return err != null ? err : System.err;
    }

    /** Starts collecting for a test on the current thread (and the threads it starts). */
    static Buffer begin() {
        Buffer buffer = new Buffer();
        RUNNING.add(buffer);
        CURRENT.set(buffer);
        return buffer;
    }

    /** Stops collecting for the test and returns what it printed (the last {@link #LIMIT} chars). */
    static String end(Buffer buffer) {
        RUNNING.remove(buffer);
        if (CURRENT.get() == buffer) {
            CURRENT.remove();
        }
        return buffer.close();
    }

    /** The trace session of the test whose buffer the calling thread holds, if that test is traced and running. */
    static TraceSession currentTrace() {
        Buffer buffer = CURRENT.get();
        return buffer == null || buffer.closed ? null : buffer.trace;
    }

    /** The calling thread holds no test's buffer any more (a thread of the recorder itself). */
    static void forgetCurrent() {
        CURRENT.remove();
    }

    static void record(String text, boolean err) {
        try {
            Buffer buffer = CURRENT.get();
            if (buffer == null || buffer.closed) {
                buffer = onlyRunning();
            }
            if (buffer != null) {
                buffer.append(text);
            }
            if (Tracing.running > 0) {
                Tracing.output(err, text);
            }
        } catch (Throwable e) {
            try {
                ListenerErrors.report(e);
            } catch (Throwable ignored) {
                // printing must never fail because of the capture
            }
        }
    }

    private static Buffer onlyRunning() {
        if (RUNNING.size() != 1) {
            return null;
        }
        Iterator<Buffer> it = RUNNING.iterator();
        Buffer only = it.hasNext() ? it.next() : null;
        return it.hasNext() ? null : only;
    }

    /** The bounded output of one test. */
    static final class Buffer {
        private final StringBuilder text = new StringBuilder();
        private volatile boolean closed;
        /** The flight recording of the test, when it is traced. */
        volatile TraceSession trace;

        synchronized void append(String s) {
            if (closed) {
                return;
            }
            if (s.length() >= LIMIT) {
                text.setLength(0);
                text.append(s, s.length() - LIMIT, s.length());
                return;
            }
            text.append(s);
            if (text.length() > 2 * LIMIT) {
                text.delete(0, text.length() - LIMIT);
            }
        }

        synchronized String close() {
            closed = true;
            int start = Math.max(0, text.length() - LIMIT);
            if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
                start++;
            }
            return text.substring(start);
        }
    }

    /**
     * Writes through to the original stream unchanged (text through its {@code print} methods, so its own encoding
     * applies) and records the text.
     */
    static final class Tee extends PrintStream {
        private final PrintStream target;
        private final boolean err;

        Tee(PrintStream target, boolean err) {
            super(target, true);
            this.target = target;
            this.err = err;
        }

        @Override
        public void write(int b) {
            target.write(b);
            record(new String(new byte[] {(byte) b}, Charset.defaultCharset()), err);
        }

        @Override
        public void write(byte[] buf, int off, int len) {
            target.write(buf, off, len);
            record(new String(buf, off, len, Charset.defaultCharset()), err);
        }

        @Override
        public void flush() {
            target.flush();
        }

        @Override
        public void close() {
            target.close();
        }

        @Override
        public boolean checkError() {
            return target.checkError();
        }

        @Override
        public void print(boolean b) {
            print(String.valueOf(b));
        }

        @Override
        public void print(char c) {
            print(String.valueOf(c));
        }

        @Override
        public void print(int i) {
            print(String.valueOf(i));
        }

        @Override
        public void print(long l) {
            print(String.valueOf(l));
        }

        @Override
        public void print(float f) {
            print(String.valueOf(f));
        }

        @Override
        public void print(double d) {
            print(String.valueOf(d));
        }

        @Override
        public void print(char[] s) {
            print(new String(s));
        }

        @Override
        public void print(Object obj) {
            print(String.valueOf(obj));
        }

        @Override
        public void print(String s) {
            String text = String.valueOf(s);
            target.print(text);
            record(text, err);
        }

        @Override
        public void println() {
            target.println();
            record(System.lineSeparator(), err);
        }

        @Override
        public void println(boolean x) {
            println(String.valueOf(x));
        }

        @Override
        public void println(char x) {
            println(String.valueOf(x));
        }

        @Override
        public void println(int x) {
            println(String.valueOf(x));
        }

        @Override
        public void println(long x) {
            println(String.valueOf(x));
        }

        @Override
        public void println(float x) {
            println(String.valueOf(x));
        }

        @Override
        public void println(double x) {
            println(String.valueOf(x));
        }

        @Override
        public void println(char[] x) {
            println(new String(x));
        }

        @Override
        public void println(Object x) {
            println(String.valueOf(x));
        }

        @Override
        public void println(String x) {
            String text = String.valueOf(x);
            target.println(text);
            record(text + System.lineSeparator(), err);
        }

        @Override
        public PrintStream printf(String format, Object... args) {
            return format(format, args);
        }

        @Override
        public PrintStream printf(Locale l, String format, Object... args) {
            return format(l, format, args);
        }

        @Override
        public PrintStream format(String format, Object... args) {
            print(String.format(format, args));
            return this;
        }

        @Override
        public PrintStream format(Locale l, String format, Object... args) {
            print(String.format(l, format, args));
            return this;
        }

        @Override
        public PrintStream append(CharSequence csq) {
            print(String.valueOf(csq));
            return this;
        }

        @Override
        public PrintStream append(CharSequence csq, int start, int end) {
            CharSequence cs = csq == null ? "null" : csq;
            print(cs.subSequence(start, end).toString());
            return this;
        }

        @Override
        public PrintStream append(char c) {
            print(c);
            return this;
        }
    }
}
