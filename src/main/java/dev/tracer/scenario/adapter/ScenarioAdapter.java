package dev.tracer.scenario.adapter;

import dev.tracer.model.Step;
import java.util.List;
import java.util.Optional;

/**
 * Turns calls found in test bodies into typed steps. Adapters are tried in order for each call; the first that
 * classifies it wins, and a call no adapter classifies is no step. Tracer's built-in adapters handle calls into
 * production code, assertions (JUnit, AssertJ, Hamcrest), Mockito, Spring MVC tests and repositories; your own are
 * found with {@link java.util.ServiceLoader} on the plugin's class path (add the jar to the plugin's
 * {@code <dependencies>}) and run before the built-in ones. {@code <adapters>} in the plugin's configuration orders or
 * disables adapters by {@link #name()}.
 *
 * <p>An example: a step for each event published through the application's own {@code EventBus}.
 *
 * <pre>{@code
 * package shop.tracer;
 *
 * public final class EventBusAdapter implements ScenarioAdapter {
 *     public String name() {
 *         return "event-bus";
 *     }
 *
 *     public Optional<Step> classify(Call call, Lookup lookup) {
 *         if (!call.name().equals("publish") || !"shop.events.EventBus".equals(call.receiverType())) {
 *             return Optional.empty();
 *         }
 *         String event = call.argumentType(0); // publish(new OrderPlaced(..)) → shop.events.OrderPlaced
 *         return Optional.of(Step.of("event", "publish " + call.argument(0))
 *                 .withNode(call.receiverNode())
 *                 .withAction("publish")
 *                 .withEmits(event == null ? List.of() : List.of(event)));
 *     }
 * }
 * }</pre>
 *
 * and in {@code META-INF/services/dev.tracer.scenario.adapter.ScenarioAdapter} of the adapter's jar:
 * {@code shop.tracer.EventBusAdapter}. Tracer fills in what the adapter leaves unset: {@code type} (setup or call),
 * {@code line}, {@code source_snippet}, {@code test_name}, {@code actor} (the receiver as written) and
 * {@code result} (the variable assigned), and assigns ids and statuses.
 *
 * <p>Implementations must be stateless or thread-safe, and must not throw: an exception is reported as a warning and
 * the call is left unclassified. They must give the same steps for the same call and lookup: a test file's steps are
 * cached under {@code target/tracer/} and reused until the file, the main sources or the adapters in effect (their
 * order, or their jar's size and modification time) change.
 */
public interface ScenarioAdapter {

    /** A short unique name, used in {@code <adapters>} ({@code production}, {@code assertions}, {@code mockito}). */
    String name();

    /** The step for {@code call}, or empty when this adapter does not handle it. */
    Optional<Step> classify(Call call, Lookup lookup);

    /**
     * The steps that stand for {@code step} in the flow: by default the step itself. An adapter may return sub-steps
     * (a save that also validates, say); they take the step's place, in order.
     */
    default List<Step> expandStep(Step step, Lookup lookup) {
        return List.of(step);
    }

    /**
     * True when {@code step}, made from a call of a chain, also stands for the rest of that chain (an AssertJ
     * {@code assertThat(x).isEqualTo(y)} is one assertion): the chain's later calls are not classified.
     */
    default boolean spansChain(Step step) {
        return false;
    }

    /**
     * True when the calls inside the arguments of the classified call are part of {@code step} and no steps of their
     * own (Mockito's {@code when(repo.find(1))} stubs the call rather than making it).
     */
    default boolean absorbsArguments(Step step) {
        return false;
    }
}
