package shop.tracer;

import dev.tracer.model.Step;
import dev.tracer.scenario.adapter.Call;
import dev.tracer.scenario.adapter.Lookup;
import dev.tracer.scenario.adapter.ScenarioAdapter;
import java.util.List;
import java.util.Optional;

/** The example of ScenarioAdapter's Javadoc: a step for each event published through the application's EventBus. */
public final class EventBusAdapter implements ScenarioAdapter {

    @Override
    public String name() {
        return "event-bus";
    }

    @Override
    public Optional<Step> classify(Call call, Lookup lookup) {
        if (!call.name().equals("publish") || !"shop.events.EventBus".equals(call.receiverType())) {
            return Optional.empty();
        }
        String event = call.argumentType(0);
        return Optional.of(Step.of("event", "publish " + call.argument(0))
                .withNode(call.receiverNode())
                .withAction("publish")
                .withEmits(event == null ? List.of() : List.of(event)));
    }

    @Override
    public List<Step> expandStep(Step step, Lookup lookup) {
        // One more step: the event's delivery to its listeners.
        return List.of(step, Step.of("delivery", "deliver " + step.emits()).withNode(step.nodeId())
                .withAction("deliver"));
    }
}
