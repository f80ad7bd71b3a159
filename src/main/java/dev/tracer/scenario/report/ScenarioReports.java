package dev.tracer.scenario.report;

import dev.tracer.scenario.Scenario;
import dev.tracer.scenario.ScenarioExtractor;
import dev.tracer.scenario.adapter.Lookup;
import dev.tracer.scenario.adapter.Node;
import dev.tracer.scenario.adapter.Route;
import dev.tracer.scenario.adapter.ScenarioCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Assembles the {@link ScenarioReport} of one or more modules: node index, coverage and performance reports. */
public final class ScenarioReports {

    private static final int TOP = 10;

    private static final Comparator<Scenario> SCENARIO_ORDER = Comparator.comparing(Scenario::id)
            .thenComparing(s -> s.module() == null ? "" : s.module());

    private ScenarioReports() {
    }

    /**
     * @param extractions  each module's extraction, in reactor order
     * @param scenarios    the scenarios to report (the extractions' own, or joined with a run)
     * @param lineCoverage JaCoCo line counts per class (binary name, {@code .} or {@code /} separated), or null when
     *                     coverage did not run
     * @param durationMs   wall time of building the report, extraction included
     */
    public static ScenarioReport build(List<ScenarioExtractor.Extraction> extractions, List<Scenario> scenarios,
            Map<String, LineCounts> lineCoverage, long durationMs) {
        List<Scenario> sorted = new ArrayList<>(scenarios);
        sorted.sort(SCENARIO_ORDER);
        Map<String, TreeSet<String>> reached = reached(sorted);
        Map<String, NodeEntry> nodes = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        long extraction = 0;
        for (ScenarioExtractor.Extraction e : extractions) {
            extraction += e.durationMs();
            warnings.addAll(e.warnings());
            Lookup lookup = e.index().lookup();
            for (Node node : lookup.byId().values()) {
                List<NodeEntry.RouteEntry> routes = new ArrayList<>();
                for (Route route : lookup.code().get(node.id()).routes()) {
                    routes.add(NodeEntry.RouteEntry.of(route));
                }
                routes.sort(Comparator.comparing(NodeEntry.RouteEntry::route)
                        .thenComparing(NodeEntry.RouteEntry::method));
                nodes.putIfAbsent(node.id(), new NodeEntry(node.id(), node.name(), node.kind(), node.type(),
                        e.module(), node.file(), node.line(), routes, null,
                        List.copyOf(reached.getOrDefault(node.id(), new TreeSet<>()))));
            }
        }
        return assemble(sorted, nodes, warnings, extraction, lineCoverage, durationMs);
    }

    /**
     * The build's report from each module's own ({@link #build} of that module alone): one node index, each node
     * with the scenarios of every module that reach it (a test in one module can reach another module's types).
     *
     * @param modules      each module's report, in reactor order (a node two modules index is the first one's)
     * @param lineCoverage as for {@link #build}
     * @param durationMs   wall time of building the reports, extractions included
     */
    public static ScenarioReport merge(List<ScenarioReport> modules, Map<String, LineCounts> lineCoverage,
            long durationMs) {
        List<Scenario> sorted = new ArrayList<>();
        Map<String, NodeEntry> nodes = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        long extraction = 0;
        for (ScenarioReport module : modules) {
            sorted.addAll(module.scenarios());
            module.nodeIndex().forEach(nodes::putIfAbsent);
            warnings.addAll(module.warnings());
            extraction += module.performance().extractionDurationMs();
        }
        sorted.sort(SCENARIO_ORDER);
        if (modules.size() == 1) { // its nodes already list the scenarios that reach them
            return assemble(sorted, nodes, warnings, extraction, lineCoverage, durationMs);
        }
        Map<String, TreeSet<String>> reached = reached(sorted);
        Map<String, NodeEntry> relinked = new TreeMap<>();
        nodes.forEach((id, node) -> relinked.put(id, new NodeEntry(node.id(), node.name(), node.kind(), node.type(),
                node.module(), node.file(), node.line(), node.routes(), null,
                List.copyOf(reached.getOrDefault(id, new TreeSet<>())))));
        return assemble(sorted, relinked, warnings, extraction, lineCoverage, durationMs);
    }

    private static ScenarioReport assemble(List<Scenario> sorted, Map<String, NodeEntry> nodes, List<String> warnings,
            long extractionMs, Map<String, LineCounts> lineCoverage, long durationMs) {
        if (lineCoverage != null) {
            nodes = annotateCoverage(nodes, lineCoverage);
        }
        return new ScenarioReport(ScenarioReport.VERSION, sorted, coverage(nodes), performance(sorted, extractionMs),
                nodes, warnings.stream().distinct().sorted().toList(), durationMs);
    }

    /** Node id → the ids of the scenarios whose flow reaches it. */
    private static Map<String, TreeSet<String>> reached(List<Scenario> scenarios) {
        Map<String, TreeSet<String>> reached = new HashMap<>();
        for (Scenario scenario : scenarios) {
            for (String node : scenario.nodes()) {
                reached.computeIfAbsent(node, k -> new TreeSet<>()).add(scenario.id());
            }
        }
        return reached;
    }

    /**
     * Each node with its JaCoCo line coverage: the counts of its class and of classes nested in it that are not
     * nodes themselves (anonymous classes, lambdas' holders). A node with no class in {@code lineCoverage} gets
     * 0 of 0.
     */
    public static Map<String, NodeEntry> annotateCoverage(Map<String, NodeEntry> nodes,
            Map<String, LineCounts> lineCoverage) {
        Map<String, int[]> sums = new HashMap<>();
        for (Map.Entry<String, LineCounts> entry : lineCoverage.entrySet()) {
            String name = entry.getKey().replace('/', '.');
            String owner = name;
            while (owner != null && !nodes.containsKey(owner)) {
                int dollar = owner.lastIndexOf('$');
                owner = dollar < 0 ? null : owner.substring(0, dollar);
            }
            if (owner != null) {
                int[] sum = sums.computeIfAbsent(owner, k -> new int[2]);
                sum[0] += entry.getValue().covered();
                sum[1] += entry.getValue().total();
            }
        }
        Map<String, NodeEntry> out = new TreeMap<>();
        nodes.forEach((id, node) -> {
            int[] sum = sums.getOrDefault(id, new int[2]);
            out.put(id, node.withCoverage(new NodeEntry.LineCoverage(sum[0], sum[1], pct(sum[0], sum[1]))));
        });
        return out;
    }

    /** A node is covered when at least one scenario's flow reaches it. */
    static NodeCoverage coverage(Map<String, NodeEntry> nodes) {
        int covered = 0;
        List<String> uncovered = new ArrayList<>();
        Map<String, int[]> byType = new TreeMap<>();
        for (NodeEntry node : nodes.values()) {
            boolean reached = !node.scenarios().isEmpty();
            int[] counts = byType.computeIfAbsent(node.type(), k -> new int[2]);
            counts[0]++;
            if (reached) {
                covered++;
                counts[1]++;
            } else {
                uncovered.add(node.id());
            }
        }
        Map<String, NodeCoverage.TypeCoverage> types = new TreeMap<>();
        byType.forEach((type, c) -> types.put(type, new NodeCoverage.TypeCoverage(c[0], c[1], pct(c[1], c[0]))));
        return new NodeCoverage(nodes.size(), covered, pct(covered, nodes.size()), uncovered, types);
    }

    static PerformanceReport performance(List<Scenario> scenarios, long extractionMs) {
        List<PerformanceReport.TestTiming> timings = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            for (ScenarioCase test : scenario.tests()) {
                timings.add(new PerformanceReport.TestTiming(scenario.id(), test.name(), test.outcome(),
                        test.durationMs()));
            }
        }
        long total = timings.stream().mapToLong(PerformanceReport.TestTiming::durationMs).sum();
        Comparator<PerformanceReport.TestTiming> byId = Comparator.comparing(PerformanceReport.TestTiming::scenarioId)
                .thenComparing(t -> t.name() == null ? "" : t.name());
        List<PerformanceReport.TestTiming> slowest = timings.stream()
                .sorted(Comparator.comparingLong(PerformanceReport.TestTiming::durationMs).reversed()
                        .thenComparing(byId))
                .limit(TOP).toList();
        List<PerformanceReport.TestTiming> fastest = timings.stream()
                .sorted(Comparator.comparingLong(PerformanceReport.TestTiming::durationMs).thenComparing(byId))
                .limit(TOP).toList();
        return new PerformanceReport(total, timings.isEmpty() ? 0 : total / timings.size(), timings.size(), slowest,
                fastest, extractionMs);
    }

    static double pct(int part, int whole) {
        return whole == 0 ? 0.0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
