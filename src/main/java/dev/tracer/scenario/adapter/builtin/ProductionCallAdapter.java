package dev.tracer.scenario.adapter.builtin;

import dev.tracer.model.Step;
import dev.tracer.scenario.adapter.Call;
import dev.tracer.scenario.adapter.Lookup;
import dev.tracer.scenario.adapter.Node;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import java.util.Optional;

/**
 * Calls into the module's production code: {@code new X(..)} → {@code construct}; {@code x.m(..)} or {@code X.m(..)}
 * on a node → {@code action} with {@code node_id} X and {@code action} m.
 */
final class ProductionCallAdapter implements ScenarioAdapter {

    static final String NAME = "production";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Step> classify(Call call, Lookup lookup) {
        String node = call.receiverNode();
        if (node == null || Call.FIELD.equals(call.kind())) {
            return Optional.empty();
        }
        String simple = lookup.node(node).map(Node::name).orElse(node);
        if (Call.NEW.equals(call.kind())) {
            return Optional.of(Step.of("construct", "new " + simple).withNode(node).withAction("<init>"));
        }
        return Optional.of(Step.of("action", simple + "." + call.name()).withNode(node).withAction(call.name()));
    }
}
