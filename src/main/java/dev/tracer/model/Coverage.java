package dev.tracer.model;

import java.util.List;

/**
 * Code coverage of the classes of every module that ran, from the JaCoCo execution data of every test run of the
 * build (with {@code tracer.cover} or {@code tracer.coverThreshold}).
 *
 * <pre>{@code
 * "coverage" : {
 *   "counter" : "LINE", "total_percentage" : 87.5, "counter_covered" : 14, "counter_total" : 16,
 *   "total_lines" : 16, "covered_lines" : 14,
 *   "classes" : [ { "class" : "shop.Cart", "module" : "shop", "file" : "src/main/java/shop/Cart.java",
 *                   "percentage" : 75.0, "covered_lines" : 6, "total_lines" : 8, "uncovered_lines" : [ 21, 22 ],
 *                   "partial_lines" : [ 17 ], "covered_branches" : 1, "total_branches" : 2,
 *                   "covered_instructions" : 30, "total_instructions" : 38 } ],
 *   "threshold" : 80.0, "threshold_met" : true
 * }
 * }</pre>
 *
 * @param counter         the counter the percentages and the threshold use ({@code tracer.coverCounter})
 * @param totalPercentage covered / total of {@code counter} over every class, in percent, two decimals; 100 when
 *                        there is none
 * @param counterCovered  how many of {@code counter} are covered
 * @param counterTotal    how many of {@code counter} there are
 * @param totalLines      lines with code, over every class
 * @param coveredLines    lines fully or partly covered
 * @param classes         the classes the view lists (below 100% by default, every class with {@code tracer.all}),
 *                        sorted by class name, then module; null (absent) with {@code tracer.summaryOnly}
 * @param threshold       {@code tracer.coverThreshold}, when given
 * @param thresholdMet    {@code total_percentage >= threshold}, when a threshold is given
 */
public record Coverage(
        CoverageCounter counter,
        double totalPercentage,
        int counterCovered,
        int counterTotal,
        int totalLines,
        int coveredLines,
        List<ClassCoverage> classes,
        Double threshold,
        Boolean thresholdMet) {

    public Coverage {
        classes = classes == null ? null : List.copyOf(classes);
    }
}
