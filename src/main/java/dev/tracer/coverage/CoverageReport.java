package dev.tracer.coverage;

import dev.tracer.messages.Messages;
import dev.tracer.model.ClassCoverage;
import dev.tracer.model.Coverage;
import dev.tracer.model.CoverageCounter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The document's {@code coverage} from analyzed modules: totals over every class (the sum over modules, as
 * {@code jacoco:report-aggregate} computes them), the classes a view lists, and the threshold.
 */
public final class CoverageReport {
    /** How many classes a threshold failure names. */
    static final int WORST = 5;

    private static final Comparator<ClassResult> ORDER = Comparator.comparing(ClassResult::className)
            .thenComparing(ClassResult::module);

    private CoverageReport() {
    }

    /**
     * @param threshold   {@code tracer.coverThreshold}, or null
     * @param listAll     list every class ({@code tracer.all}), not only those below 100%
     * @param listClasses false for {@code tracer.summaryOnly}: totals only
     */
    public static Coverage of(List<ModuleCoverage> modules, CoverageCounter counter, Double threshold,
            boolean listAll, boolean listClasses) {
        List<ClassResult> all = classes(modules);
        Counts total = total(all, counter);
        Counts lines = total(all, CoverageCounter.LINE);
        double percentage = total.percentage();
        List<ClassCoverage> listed = null;
        if (listClasses) {
            listed = all.stream()
                    .filter(c -> listAll || c.counts(counter).percentage() < 100.0)
                    .map(c -> toModel(c, counter))
                    .toList();
        }
        return new Coverage(counter, percentage, total.covered(), total.total(), lines.total(), lines.covered(),
                listed, threshold, threshold == null ? null : percentage >= threshold);
    }

    /** The message of a build below the threshold: the figure, the threshold, and the classes that miss most. */
    public static String belowThreshold(Coverage coverage, List<ModuleCoverage> modules, String report) {
        CoverageCounter counter = coverage.counter();
        List<String> worst = classes(modules).stream()
                .filter(c -> c.counts(counter).missed() > 0)
                .sorted(Comparator.comparingInt((ClassResult c) -> c.counts(counter).missed()).reversed()
                        .thenComparing(ORDER))
                .limit(WORST)
                .map(c -> c.className() + " (" + c.counts(counter).missed() + " of " + c.counts(counter).total()
                        + " missed, " + format(c.counts(counter).percentage()) + "%)")
                .toList();
        return Messages.coverageBelowThreshold(format(coverage.totalPercentage()), counter.name(),
                format(coverage.threshold()), worst, report);
    }

    /** Every class of every module, by name then module. */
    public static List<ClassResult> classes(List<ModuleCoverage> modules) {
        List<ClassResult> all = new ArrayList<>();
        modules.forEach(m -> all.addAll(m.classes()));
        all.sort(ORDER);
        return all;
    }

    static Counts total(List<ClassResult> classes, CoverageCounter counter) {
        Counts sum = Counts.NONE;
        for (ClassResult c : classes) {
            sum = sum.plus(c.counts(counter));
        }
        return sum;
    }

    static ClassCoverage toModel(ClassResult c, CoverageCounter counter) {
        Counts lines = c.counts(CoverageCounter.LINE);
        Counts branches = c.counts(CoverageCounter.BRANCH);
        Counts instructions = c.counts(CoverageCounter.INSTRUCTION);
        return new ClassCoverage(c.className(), c.module(), c.sourceFile(), c.counts(counter).percentage(),
                lines.covered(), lines.total(), c.missedLines(), c.partlyLines(), branches.covered(),
                branches.total(), instructions.covered(), instructions.total());
    }

    /** {@code 80}, {@code 72.5}, {@code 66.67}: no trailing zeros. */
    static String format(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
