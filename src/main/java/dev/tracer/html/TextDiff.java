package dev.tracer.html;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between an assertion's expected and actual values, as lines marked equal, expected only or actual
 * only; inside a changed pair of lines, the part that differs. Longest common subsequence over lines, bounded: past
 * {@link #MAX_CELLS} the two values are shown whole, one after the other.
 */
final class TextDiff {
    static final int MAX_CELLS = 4_000_000;

    enum Kind { SAME, EXPECTED, ACTUAL }

    /**
     * One line of the diff; {@code from}/{@code to} bound the changed part of a changed line (the whole line when
     * nothing pairs it).
     */
    record Line(Kind kind, String text, int from, int to) {
    }

    private TextDiff() {
    }

    static List<Line> of(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        List<Line> lines = new ArrayList<>();
        if ((long) a.length * b.length > MAX_CELLS) {
            for (String s : a) {
                lines.add(whole(Kind.EXPECTED, s));
            }
            for (String s : b) {
                lines.add(whole(Kind.ACTUAL, s));
            }
            return lines;
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                flush(lines, removed, added);
                lines.add(new Line(Kind.SAME, a[i], 0, 0));
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(b[j++]);
            } else {
                removed.add(a[i++]);
            }
        }
        flush(lines, removed, added);
        return lines;
    }

    /** A run of changed lines: paired one to one, each pair marks the part between their common prefix and suffix. */
    private static void flush(List<Line> lines, List<String> removed, List<String> added) {
        int pairs = Math.min(removed.size(), added.size());
        int[][] bounds = new int[pairs][];
        for (int k = 0; k < pairs; k++) {
            bounds[k] = changed(removed.get(k), added.get(k));
        }
        for (int k = 0; k < removed.size(); k++) {
            String s = removed.get(k);
            lines.add(k < pairs ? new Line(Kind.EXPECTED, s, bounds[k][0], bounds[k][1]) : whole(Kind.EXPECTED, s));
        }
        for (int k = 0; k < added.size(); k++) {
            String s = added.get(k);
            lines.add(k < pairs ? new Line(Kind.ACTUAL, s, bounds[k][0], bounds[k][2]) : whole(Kind.ACTUAL, s));
        }
        removed.clear();
        added.clear();
    }

    /** {common prefix length, end of the change in x, end of the change in y}. */
    private static int[] changed(String x, String y) {
        int prefix = 0;
        int max = Math.min(x.length(), y.length());
        while (prefix < max && x.charAt(prefix) == y.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && x.charAt(x.length() - 1 - suffix) == y.charAt(y.length() - 1 - suffix)) {
            suffix++;
        }
        return new int[] {prefix, x.length() - suffix, y.length() - suffix};
    }

    private static Line whole(Kind kind, String text) {
        return new Line(kind, text, 0, text.length());
    }
}
