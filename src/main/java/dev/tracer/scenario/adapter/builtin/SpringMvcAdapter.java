package dev.tracer.scenario.adapter.builtin;

import dev.tracer.model.AssertionContext;
import dev.tracer.model.Step;
import dev.tracer.scenario.adapter.Call;
import dev.tracer.scenario.adapter.Lookup;
import dev.tracer.scenario.adapter.Node;
import dev.tracer.scenario.adapter.Route;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring MVC tests: {@code mockMvc.perform(get("/owners/{id}", 1))} → {@code http_request} whose node is the
 * controller mapped to that route (found from {@code @RequestMapping}/{@code @GetMapping}... in main sources: class
 * and method paths, HTTP method, path variables), {@code action} its handler method, {@code emits} the route; each
 * {@code andExpect(..)} of the chain → {@code assertion}.
 */
final class SpringMvcAdapter implements ScenarioAdapter {

    static final String NAME = "spring-mvc";
    private static final Pattern REQUEST = Pattern.compile(
            "(?:^|[.\\s(])(get|post|put|patch|delete|head|options)\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern GENERIC = Pattern.compile(
            "(?:^|[.\\s(])request\\s*\\(\\s*(?:HttpMethod\\.)?(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\s*,\\s*\"([^\"]*)\"");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Step> classify(Call call, Lookup lookup) {
        if (!Call.METHOD.equals(call.kind())) {
            return Optional.empty();
        }
        if (call.name().equals("perform") && call.first() && isMockMvc(call)) {
            String request = call.argument(0) == null ? "" : call.argument(0);
            Matcher m = REQUEST.matcher(request);
            Matcher g = GENERIC.matcher(request);
            String method = null;
            String path = null;
            if (m.find()) {
                method = m.group(1).toUpperCase(Locale.ROOT);
                path = m.group(2);
            } else if (g.find()) {
                method = g.group(1);
                path = g.group(2);
            }
            String label = method == null ? "perform " + request : method + " " + path;
            Step step = Step.of("http_request", label);
            if (path != null) {
                Optional<Route> route = lookup.route(method, path);
                if (route.isPresent()) {
                    Route r = route.get();
                    step = step.withNode(r.nodeId()).withAction(r.method()).withEmits(List.of(r.toString()))
                            .withLabel(label + " → " + lookup.node(r.nodeId()).map(Node::name).orElse(r.nodeId())
                                    + "#" + r.method());
                }
            }
            return Optional.of(step);
        }
        if ((call.name().equals("andExpect") || call.name().equals("andExpectAll")) && !call.first()
                && call.chain().get(0).name().equals("perform")) {
            String expected = String.join(", ", call.arguments());
            return Optional.of(Step.of("assertion", "andExpect " + expected)
                    .withAssertionContext(new AssertionContext(call.name(), "response", expected)));
        }
        return Optional.empty();
    }

    private static boolean isMockMvc(Call call) {
        String type = call.receiverType();
        if (type != null) {
            return type.equals("MockMvc") || type.endsWith(".MockMvc") || type.endsWith("MockMvcTester");
        }
        return call.scope() != null && call.scope().toLowerCase(Locale.ROOT).contains("mvc");
    }

    @Override
    public boolean absorbsArguments(Step step) {
        return true;
    }
}
