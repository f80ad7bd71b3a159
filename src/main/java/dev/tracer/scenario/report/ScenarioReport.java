package dev.tracer.scenario.report;

import dev.tracer.scenario.Scenario;
import java.util.List;
import java.util.Map;

/**
 * The scenario report, {@code target/tracer/scenarios.json}: written by {@code tracer:scenarios} (static) and by
 * {@code tracer:test-json} (joined with the run). Collections are sorted (scenarios by id, nodes by id, warnings);
 * {@code duration_ms} and {@code performance.extraction_duration_ms} are the only wall-clock values.
 *
 * <pre>{@code
 * { "version" : 1,
 *   "scenarios" : [ { "id" : "petclinic.owner.OwnerServiceTest#findsAnOwner", "name" : "findsAnOwner", ...,
 *                     "flow" : [ { "id" : "step-1", "type" : "setup", "kind" : "stub", ... } ],
 *                     "nodes" : [ "petclinic.owner.OwnerRepository", "petclinic.owner.OwnerService" ], ... } ],
 *   "coverage" : { "total_nodes" : 5, "covered_nodes" : 4, "coverage_pct" : 80.0, ... },
 *   "performance" : { "total_test_duration_ms" : 120, ..., "extraction_duration_ms" : 310 },
 *   "node_index" : { "petclinic.owner.Owner" : { "kind" : "class", "type" : "entity", ... } },
 *   "warnings" : [ "src/test/java/x/YTest.java:12: cannot resolve the type of `helper` ..." ],
 *   "duration_ms" : 320 }
 * }</pre>
 */
public record ScenarioReport(int version, List<Scenario> scenarios, NodeCoverage coverage,
        PerformanceReport performance, Map<String, NodeEntry> nodeIndex, List<String> warnings, long durationMs) {

    public static final int VERSION = 1;

    public ScenarioReport {
        scenarios = List.copyOf(scenarios);
        nodeIndex = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(nodeIndex));
        warnings = List.copyOf(warnings);
    }
}
