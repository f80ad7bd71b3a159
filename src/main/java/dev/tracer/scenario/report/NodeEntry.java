package dev.tracer.scenario.report;

import dev.tracer.scenario.adapter.Route;
import java.util.List;

/**
 * A node of the report's {@code node_index}.
 *
 * @param routes       a controller's request mappings ({@code "GET /owners/{ownerId}"}) with their handler methods
 * @param lineCoverage JaCoCo line coverage of the type (nested and anonymous classes included), when coverage ran
 * @param scenarios    the scenarios whose flow reaches it, sorted
 */
public record NodeEntry(String id, String name, String kind, String type, String module, String file, int line,
        List<RouteEntry> routes, LineCoverage lineCoverage, List<String> scenarios) {

    public NodeEntry {
        routes = routes == null || routes.isEmpty() ? null : List.copyOf(routes);
        scenarios = List.copyOf(scenarios);
    }

    public NodeEntry withCoverage(LineCoverage coverage) {
        return new NodeEntry(id, name, kind, type, module, file, line, routes, coverage, scenarios);
    }

    /** {@code "GET /owners/{ownerId}"} → handler method. */
    public record RouteEntry(String route, String method) {
        static RouteEntry of(Route route) {
            return new RouteEntry(route.toString(), route.method());
        }
    }

    /** @param percentage covered / total × 100, one decimal */
    public record LineCoverage(int coveredLines, int totalLines, double percentage) {
    }
}
