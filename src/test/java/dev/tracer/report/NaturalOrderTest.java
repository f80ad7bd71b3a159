package dev.tracer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersInNamesSortByValue() {
        List<String> names = new ArrayList<>(List.of("[10] a", "[2] b", "[1] c", "[02] d", "x()", "[1] b"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("[1] b", "[1] c", "[2] b", "[02] d", "[10] a", "x()"), names);
    }

    @Test
    void isConsistentWithEquals() {
        assertEquals(0, NaturalOrder.INSTANCE.compare("a1", "a1"));
        assertEquals(-NaturalOrder.INSTANCE.compare("a01", "a1"), NaturalOrder.INSTANCE.compare("a1", "a01"));
    }

    @Test
    void ordersAsTheRegexVersionDidOnRandomNames() {
        Random random = new Random(42);
        String alphabet = "0012349ab[]()٣";
        for (int n = 0; n < 50_000; n++) {
            String a = randomName(random, alphabet);
            String b = randomName(random, alphabet);
            assertEquals(Integer.signum(regexVersion(a, b)), Integer.signum(NaturalOrder.INSTANCE.compare(a, b)),
                    () -> a + " vs " + b);
        }
    }

    private static String randomName(Random random, String alphabet) {
        StringBuilder name = new StringBuilder();
        for (int k = random.nextInt(9); k > 0; k--) {
            name.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return name.toString();
    }

    /** The comparator before it stopped compiling a regex per digit run: the reference for the order. */
    private static int regexVersion(String a, String b) {
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
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
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
}
