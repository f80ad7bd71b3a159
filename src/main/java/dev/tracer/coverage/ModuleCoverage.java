package dev.tracer.coverage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The analyzed classes of one module.
 *
 * @param module    the Maven artifactId
 * @param classes   every class with code (as many as rows of JaCoCo's {@code jacoco.csv}), sorted by name
 * @param noMatch   classes whose class file differs from the one the exec data was recorded with (recompiled since),
 *                  sorted; JaCoCo counts them as not covered
 */
public record ModuleCoverage(String module, List<ClassResult> classes, List<String> noMatch) {

    public ModuleCoverage {
        classes = classes.stream().sorted(java.util.Comparator.comparing(ClassResult::className)).toList();
        noMatch = noMatch.stream().sorted().toList();
    }

    /** A class by its binary name ({@code shop.Cart$Line}). */
    public Optional<ClassResult> byClass(String className) {
        return classes.stream().filter(c -> c.className().equals(className)).findFirst();
    }

    /** The classes compiled from one source file (its path as in {@link ClassResult#sourceFile()}), by name. */
    public Map<String, ClassResult> bySourceFile(String sourceFile) {
        Map<String, ClassResult> found = new TreeMap<>();
        classes.stream().filter(c -> sourceFile.equals(c.sourceFile())).forEach(c -> found.put(c.className(), c));
        return found;
    }
}
