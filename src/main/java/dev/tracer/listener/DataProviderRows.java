package dev.tracer.listener;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which rows of a TestNG data provider a rerun keeps, shared by the interceptor that drops the others and the
 * listener that names each invocation. TestNG numbers the invocations of a filtered data provider 0, 1, ... in the
 * filtered order, so the listener maps that number back to the row's index in the full data provider, which is what
 * the first run's id says. JDK only; keyed by {@code <class>#<method>}.
 */
final class DataProviderRows {

    private static final ConcurrentMap<String, List<Integer>> KEPT = new ConcurrentHashMap<>();

    private DataProviderRows() {
    }

    /**
     * The rows of {@code rows} whose index is in {@code wanted}, lazily (a data provider may be an iterator that
     * computes its rows); each row handed out is recorded under {@code method}.
     */
    static Iterator<Object[]> keep(final String method, final Iterator<Object[]> rows, Set<Integer> wanted) {
        final Set<Integer> keep = new TreeSet<Integer>(wanted);
        final List<Integer> kept = Collections.synchronizedList(new ArrayList<Integer>());
        KEPT.put(method, kept);
        return new Iterator<Object[]>() {
            private int index = -1;
            private Object[] next;

            @Override
            public boolean hasNext() {
                while (next == null && rows.hasNext()) {
                    Object[] row = rows.next();
                    index++;
                    if (keep.contains(index)) {
                        next = row;
                        kept.add(index);
                    }
                }
                return next != null;
            }

            @Override
            public Object[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object[] row = next;
                next = null;
                return row;
            }
        };
    }

    /** The full data provider's index of the {@code filtered}-th row handed out for {@code method}. */
    static int original(String method, int filtered) {
        List<Integer> kept = KEPT.get(method);
        if (kept == null || filtered < 0) {
            return filtered;
        }
        synchronized (kept) {
            return filtered < kept.size() ? kept.get(filtered) : filtered;
        }
    }

    /**
     * The row indices of {@code method} that {@code selection} names ({@code testng:<class>#<method>[<index>]}); empty
     * when it names none, or names the method as a whole ({@code testng:<class>#<method>}): then every row runs.
     */
    static Set<Integer> selected(Set<String> selection, String idPrefix, String method) {
        Set<Integer> rows = new TreeSet<Integer>();
        if (selection == null || selection.contains(idPrefix + method)) {
            return rows;
        }
        String prefix = idPrefix + method + "[";
        for (String id : selection) {
            if (id.startsWith(prefix) && id.endsWith("]")) {
                try {
                    rows.add(Integer.parseInt(id.substring(prefix.length(), id.length() - 1)));
                } catch (NumberFormatException notAnIndex) {
                    // not one of ours
                }
            }
        }
        return rows;
    }

    /** For tests. */
    static void clear() {
        KEPT.clear();
    }
}
