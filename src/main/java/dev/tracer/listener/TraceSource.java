package dev.tracer.listener;

/**
 * Where thread, lock, park and exception events come from while traced tests run: JDK Flight Recorder streaming
 * ({@code JfrTraceSource}), loaded by name only when the first traced test starts, so that a JVM without traced
 * tests never loads {@code jdk.jfr}. JDK only.
 */
interface TraceSource {

    /**
     * Blocks until the events committed before the call have been delivered, or the timeout passed.
     *
     * @return false on timeout
     */
    boolean awaitDelivery(long timeoutMillis) throws InterruptedException;

    void close();
}
