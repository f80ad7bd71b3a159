package dev.tracer.scenario.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tracer.scenario.Fixture;
import dev.tracer.scenario.FlowEvidence;
import dev.tracer.scenario.Scenario;
import dev.tracer.scenario.ScenarioExtractor;
import dev.tracer.scenario.adapter.ScenarioCase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReportsTest {

    @TempDir
    Path dir;

    private static NodeEntry node(String id, String type, String... scenarios) {
        return new NodeEntry(id, id.substring(id.lastIndexOf('.') + 1), "class", type, "m", "F.java", 1, null, null,
                List.of(scenarios));
    }

    @Test
    void lineCoverageIsAnnotatedPerNodeWithAnonymousAndNonNodeNestedClassesAddedIn() {
        Map<String, NodeEntry> nodes = Map.of("a.Cart", node("a.Cart", "service"), "a.Cart$Line",
                node("a.Cart$Line", "record"), "a.Unused", node("a.Unused", "class"));
        Map<String, NodeEntry> annotated = ScenarioReports.annotateCoverage(nodes, Map.of(
                "a/Cart", new LineCounts(8, 10), "a.Cart$1", new LineCounts(1, 2), "a.Cart$Line", new LineCounts(3, 3),
                "b.Other", new LineCounts(5, 5)));
        assertEquals(new NodeEntry.LineCoverage(9, 12, 75.0), annotated.get("a.Cart").lineCoverage());
        assertEquals(new NodeEntry.LineCoverage(3, 3, 100.0), annotated.get("a.Cart$Line").lineCoverage());
        assertEquals(new NodeEntry.LineCoverage(0, 0, 0.0), annotated.get("a.Unused").lineCoverage());
        assertEquals(List.of("a.Cart", "a.Cart$Line", "a.Unused"), List.copyOf(annotated.keySet()), "sorted");
    }

    @Test
    void nodeCoverageCountsNodesReachedByAScenarioByType() {
        NodeCoverage report = ScenarioReports.coverage(new java.util.TreeMap<>(Map.of(
                "a.A", node("a.A", "service", "s1"), "a.B", node("a.B", "service"), "a.C", node("a.C", "entity", "s1",
                        "s2"))));
        assertEquals(3, report.totalNodes());
        assertEquals(2, report.coveredNodes());
        assertEquals(66.7, report.coveragePct());
        assertEquals(List.of("a.B"), report.uncoveredNodeIds());
        assertEquals(Map.of("entity", new NodeCoverage.TypeCoverage(1, 1, 100.0),
                "service", new NodeCoverage.TypeCoverage(2, 1, 50.0)), report.coverageByType());
    }

    @Test
    void performanceListsTheTenSlowestAndFastestTests() {
        List<ScenarioCase> tests = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            tests.add(new ScenarioCase("id" + i, "[" + i + "]", "passed", i * 10L));
        }
        Scenario s = new Scenario("a.T#m", "m", "T > m", "a", "m", "F.java", 1, List.of(), List.of(), List.of(), tests,
                List.of(), Scenario.RUNTIME, new FlowEvidence(0, 0, 0, 0));
        PerformanceReport p = ScenarioReports.performance(List.of(s), 42);
        assertEquals(780, p.totalTestDurationMs());
        assertEquals(65, p.avgDurationMs());
        assertEquals(12, p.testCount());
        assertEquals(10, p.slowestTests().size());
        assertEquals(120, p.slowestTests().get(0).durationMs());
        assertEquals(10, p.fastestTests().get(0).durationMs());
        assertEquals(42, p.extractionDurationMs());
    }

    @Test
    void theReportRoundTripsThroughJsonAndIsTheSameOnASecondExtraction() throws Exception {
        Fixture.module(dir, Fixture.shop(), Map.of("shop/owner/OwnerTest.java", """
                package shop.owner;
                import org.junit.jupiter.api.Test;
                class OwnerTest {
                    @Test void named() { new Owner("Ann").getName(); }
                }
                """));
        ScenarioExtractor.Extraction first = Fixture.extract(dir);
        ScenarioReport report = ScenarioReports.build(List.of(first), first.scenarios(), null, 0);
        String json = ScenarioJson.write(report);
        assertEquals(json, ScenarioJson.write(ScenarioJson.read(json)));
        ScenarioExtractor.Extraction second = Fixture.extract(dir);
        ScenarioReport again = ScenarioReports.build(List.of(second), second.scenarios(), null, 0);
        String a = json.replaceAll("\"extraction_duration_ms\" : \\d+", "");
        String b = ScenarioJson.write(again).replaceAll("\"extraction_duration_ms\" : \\d+", "");
        assertEquals(a, b);
        assertNull(report.nodeIndex().get("shop.owner.Owner").lineCoverage());
    }
}
