package dev.tracer.scenario.adapter.builtin;

import dev.tracer.model.Step;
import dev.tracer.scenario.adapter.Call;
import dev.tracer.scenario.adapter.Lookup;
import dev.tracer.scenario.adapter.Node;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Spring Data and other repositories (nodes of type {@code repository}: {@code @Repository}, an interface extending
 * a {@code Repository}, or a type named {@code *Repository}): {@code save*}, {@code find*}, {@code delete*},
 * {@code exists*}, {@code count*}, {@code get*By*}, {@code remove*} → {@code persistence}.
 */
final class RepositoryAdapter implements ScenarioAdapter {

    static final String NAME = "repository";
    private static final Pattern PERSISTENCE = Pattern.compile(
            "(save|find|delete|exists|count|remove|persist|merge|flush|update|insert)\\w*|get\\w*By\\w*|getReference\\w*");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Step> classify(Call call, Lookup lookup) {
        if (!Call.METHOD.equals(call.kind()) || call.receiverNode() == null
                || !PERSISTENCE.matcher(call.name()).matches()) {
            return Optional.empty();
        }
        Optional<Node> node = lookup.node(call.receiverNode()).filter(n -> n.type().equals("repository"));
        return node.map(n -> Step.of("persistence", n.name() + "." + call.name())
                .withNode(n.id()).withAction(call.name()));
    }
}
