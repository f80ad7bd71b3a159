package dev.tracer.scenario.report;

import java.util.List;
import java.util.Map;

/**
 * Which nodes the scenarios reach (a node is covered when at least one scenario's flow reaches it; this is not
 * JaCoCo's line coverage, which {@code node_index} carries per node).
 *
 * @param coveragePct      covered / total × 100, one decimal; 0 when there are no nodes
 * @param uncoveredNodeIds sorted
 * @param coverageByType   node type → counts, sorted by type
 */
public record NodeCoverage(int totalNodes, int coveredNodes, double coveragePct, List<String> uncoveredNodeIds,
        Map<String, TypeCoverage> coverageByType) {

    public NodeCoverage {
        uncoveredNodeIds = List.copyOf(uncoveredNodeIds);
        coverageByType = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(coverageByType));
    }

    public record TypeCoverage(int totalNodes, int coveredNodes, double coveragePct) {
    }
}
