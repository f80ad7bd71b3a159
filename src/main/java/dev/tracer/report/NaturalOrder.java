package dev.tracer.report;

import java.util.Comparator;

/** Compares strings with embedded numbers by value, so that {@code "[2] b"} sorts before {@code "[10] a"}. */
final class NaturalOrder implements Comparator<String> {
    static final NaturalOrder INSTANCE = new NaturalOrder();

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = compareNumbers(a, si, i, b, sj, j);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    /**
     * The digit runs {@code a[as, ae)} and {@code b[bs, be)} by value: leading zeros skipped (one digit kept), then
     * the longer is larger, then digit by digit. No allocation: a large suite sorts thousands of numbered names.
     */
    private static int compareNumbers(String a, int as, int ae, String b, int bs, int be) {
        while (as < ae - 1 && a.charAt(as) == '0') {
            as++;
        }
        while (bs < be - 1 && b.charAt(bs) == '0') {
            bs++;
        }
        int c = Integer.compare(ae - as, be - bs);
        for (int k = 0; c == 0 && k < ae - as; k++) {
            c = Character.compare(a.charAt(as + k), b.charAt(bs + k));
        }
        return c;
    }
}
