package dev.tracer.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracer.model.StackFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackTrimmerTest {

    private static StackFrame frame(String className, String method, int line) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        int dollar = simple.indexOf('$');
        return new StackFrame(className, method, (dollar < 0 ? simple : simple.substring(0, dollar)) + ".java", line);
    }

    /** The frames of a real JUnit Jupiter 5.11 failure run by Surefire 3.5.4 (shortened in the middle). */
    private static final List<StackFrame> JUPITER_ASSERTION = List.of(
            frame("org.junit.jupiter.api.AssertionFailureBuilder", "build", 151),
            frame("org.junit.jupiter.api.AssertionFailureBuilder", "buildAndThrow", 132),
            frame("org.junit.jupiter.api.AssertEquals", "failNotEqual", 197),
            frame("org.junit.jupiter.api.Assertions", "assertEquals", 531),
            frame("shop.CartTest", "fails", 9),
            frame("jdk.internal.reflect.NativeMethodAccessorImpl", "invoke0", -2),
            frame("java.lang.reflect.Method", "invoke", 569),
            frame("org.junit.platform.commons.util.ReflectionUtils", "invokeMethod", 767),
            frame("java.util.ArrayList", "forEach", 1511),
            frame("org.apache.maven.surefire.junitplatform.JUnitPlatformProvider", "invoke", 152),
            frame("org.apache.maven.surefire.booter.ForkedBooter", "main", 507));

    @Test
    void keepsOnlyTheTestFrameOfAJupiterAssertion() {
        assertEquals(List.of(frame("shop.CartTest", "fails", 9)), StackTrimmer.trim(JUPITER_ASSERTION, "shop.CartTest"));
    }

    @Test
    void cutsEverythingBelowTheLastFrameOfTheTestClassEvenFrameworksNotInTheDropList() {
        List<StackFrame> frames = List.of(
                frame("shop.Cart", "total", 20),
                frame("shop.CartTest", "fails", 9),
                frame("com.example.CustomRunner", "run", 3),
                frame("java.lang.Thread", "run", 833));
        assertEquals(frames.subList(0, 2), StackTrimmer.trim(frames, "shop.CartTest"));
    }

    @Test
    void keepsProductionCodeHelpersAndNestedLambdaFramesAboveTheTestMethod() {
        List<StackFrame> frames = List.of(
                frame("org.assertj.core.api.AbstractAssert", "isEqualTo", 12),
                frame("shop.CartTest", "assertTotal", 40),
                frame("shop.CartTest$WithDiscount", "lambda$inner$0", 55),
                frame("java.util.ArrayList", "forEach", 1511),
                frame("shop.Cart", "each", 7),
                frame("shop.CartTest$WithDiscount", "inner", 54),
                frame("java.lang.reflect.Method", "invoke", 569),
                frame("org.junit.platform.commons.util.ReflectionUtils", "invokeMethod", 767));
        assertEquals(List.of(
                        frame("shop.CartTest", "assertTotal", 40),
                        frame("shop.CartTest$WithDiscount", "lambda$inner$0", 55),
                        frame("shop.Cart", "each", 7),
                        frame("shop.CartTest$WithDiscount", "inner", 54)),
                StackTrimmer.trim(frames, "shop.CartTest$WithDiscount"));
    }

    @Test
    void dropsStreamPlumbingOfParameterizedTests() {
        List<StackFrame> frames = List.of(
                frame("shop.CartTest", "param", 13),
                frame("java.util.stream.ForEachOps$ForEachOp$OfRef", "accept", 183),
                frame("java.util.Spliterators$ArraySpliterator", "forEachRemaining", 992),
                frame("java.util.ArrayList$ArrayListSpliterator", "forEachRemaining", 1625),
                frame("java.util.Iterator", "forEachRemaining", 133),
                frame("shop.Production", "x", 1));
        assertEquals(List.of(frame("shop.CartTest", "param", 13), frame("shop.Production", "x", 1)),
                StackTrimmer.trim(frames, null));
    }

    @Test
    void withoutAFrameOfTheTestClassOnlyDropsFrameworks() {
        List<StackFrame> frames = new ArrayList<>(JUPITER_ASSERTION);
        frames.add(frame("java.lang.Thread", "run", 833));
        assertEquals(List.of(frame("shop.CartTest", "fails", 9), frame("java.lang.Thread", "run", 833)),
                StackTrimmer.trim(frames, "other.UnrelatedTest"));
    }

    @Test
    void keepsTheFirstTenRawFramesWhenTrimmingWouldLeaveNothing() {
        List<StackFrame> frames = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            frames.add(frame("org.junit.platform.Engine" + i, "run", i + 1));
        }
        assertEquals(frames.subList(0, 10), StackTrimmer.trim(frames, "shop.CartTest"));
    }

    @Test
    void capsAtThirtyFrames() {
        List<StackFrame> frames = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            frames.add(frame("shop.Recursive", "descend", i + 1));
        }
        frames.add(frame("shop.RecursiveTest", "overflows", 3));
        List<StackFrame> trimmed = StackTrimmer.trim(frames, "shop.RecursiveTest");
        assertEquals(StackTrimmer.MAX_FRAMES, trimmed.size());
        assertEquals(frames.subList(0, 30), trimmed);
    }

    @Test
    void nullOrEmptyGivesEmpty() {
        assertEquals(List.of(), StackTrimmer.trim(null, "a.B"));
        assertEquals(List.of(), StackTrimmer.trim(List.of(), "a.B"));
    }

    @Test
    void dropListMatchesPrefixes() {
        assertTrue(StackTrimmer.isDropped("sun.reflect.GeneratedMethodAccessor1"));
        assertTrue(StackTrimmer.isDropped("junit.framework.Assert"));
        assertTrue(StackTrimmer.isDropped("org.hamcrest.MatcherAssert"));
        assertTrue(StackTrimmer.isDropped("org.opentest4j.AssertionFailedError"));
        assertFalse(StackTrimmer.isDropped("java.util.HashMap"));
        assertFalse(StackTrimmer.isDropped("org.mockito.Mockito"));
    }
}
