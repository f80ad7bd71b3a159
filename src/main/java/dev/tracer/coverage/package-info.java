/**
 * Code coverage with JaCoCo, without Maven: the agent jar and its {@code -javaagent} argument ({@link JacocoAgent}),
 * exec files loaded and merged ({@link ExecData}), class files analyzed against them ({@link CoverageAnalyzer}) into
 * per-class counters and line statuses ({@link ClassResult}, {@link ModuleCoverage}), and the document's
 * {@code coverage} with its threshold ({@link CoverageReport}).
 *
 * <p>The numbers are JaCoCo's own: {@code CoverageBuilder} over the same class files and execution data gives the
 * counters that {@code jacoco:report} writes to {@code jacoco.csv}. The threshold is computed from the counters
 * (JaCoCo's {@code RulesChecker} lives in {@code org.jacoco.report}, which Tracer does not depend on).
 */
package dev.tracer.coverage;
