package dev.tracer.listener;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the test's threads stand at the failure ({@code ThreadMXBean}): name, state, top frames, the lock awaited
 * and its owner, the locks held; and the threads the JVM reports as deadlocked. Locks are named by class only
 * (identity hash codes would make the document differ from run to run). JDK only.
 */
final class TraceSnapshot {

    private TraceSnapshot() {
    }

    /** {@code [{"name","state","frames":[..],"waiting_on"?,"lock_owner"?,"holds":[..],"approx":true}, ..]} by name. */
    static Json writeThreads(Json json, Set<Long> ids) {
        json.beginArray();
        for (ThreadInfo info : infos(ids)) {
            writeThread(json, info).field("approx", true).endObject();
        }
        return json.endArray();
    }

    /**
     * The deadlocked threads ({@code findDeadlockedThreads}) that belong to the test, with the threads whose locks
     * they wait for, transitively: the whole cycle.
     */
    static Json writeDeadlocks(Json json, Set<Long> ids) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] deadlocked = mx.isSynchronizerUsageSupported() ? mx.findDeadlockedThreads()
                : mx.findMonitorDeadlockedThreads();
        json.beginArray();
        if (deadlocked != null) {
            Map<Long, ThreadInfo> byId = new HashMap<>();
            for (ThreadInfo info : mx.getThreadInfo(deadlocked, true, true)) {
                if (info != null) {
                    byId.put(info.getThreadId(), info);
                }
            }
            Set<Long> chosen = new TreeSet<>();
            for (Long id : byId.keySet()) {
                if (ids.contains(id)) {
                    Long current = id;
                    while (current != null && byId.containsKey(current) && chosen.add(current)) {
                        long owner = byId.get(current).getLockOwnerId();
                        current = owner < 0 ? null : owner;
                    }
                }
            }
            List<ThreadInfo> infos = new ArrayList<>();
            for (Long id : chosen) {
                infos.add(byId.get(id));
            }
            infos.sort(Comparator.comparing(ThreadInfo::getThreadName));
            for (ThreadInfo info : infos) {
                writeThread(json, info).endObject();
            }
        }
        return json.endArray();
    }

    private static List<ThreadInfo> infos(Set<Long> ids) {
        List<ThreadInfo> infos = new ArrayList<>();
        if (ids.isEmpty()) {
            return infos;
        }
        long[] array = new long[ids.size()];
        int i = 0;
        for (Long id : ids) {
            array[i++] = id;
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (ThreadInfo info : mx.getThreadInfo(array, mx.isObjectMonitorUsageSupported(),
                mx.isSynchronizerUsageSupported())) {
            if (info != null) {
                infos.add(info);
            }
        }
        infos.sort(Comparator.comparing(ThreadInfo::getThreadName).thenComparingLong(ThreadInfo::getThreadId));
        return infos;
    }

    /** Opens the thread's object and writes its fields; the caller closes it. */
    private static Json writeThread(Json json, ThreadInfo info) {
        json.beginObject()
                .field("name", info.getThreadName())
                .field("state", info.getThreadState().name());
        json.name("frames").beginArray();
        StackTraceElement[] stack = info.getStackTrace();
        for (int i = 0; i < Math.min(stack.length, Tracing.TOP_FRAMES); i++) {
            StackTraceElement frame = stack[i];
            json.beginObject().field("class", frame.getClassName()).field("method", frame.getMethodName())
                    .field("file", frame.getFileName());
            if (frame.getLineNumber() > 0) {
                json.field("line", frame.getLineNumber());
            }
            json.endObject();
        }
        json.endArray();
        LockInfo awaited = info.getLockInfo();
        if (awaited != null) {
            json.field("waiting_on", awaited.getClassName());
            json.field("lock_owner", info.getLockOwnerName());
        }
        TreeSet<String> held = new TreeSet<>();
        for (MonitorInfo monitor : info.getLockedMonitors()) {
            held.add(monitor.getClassName());
        }
        for (LockInfo lock : info.getLockedSynchronizers()) {
            held.add(lock.getClassName());
        }
        return json.strings("holds", new ArrayList<>(held));
    }
}
