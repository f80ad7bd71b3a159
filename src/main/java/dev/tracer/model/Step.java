package dev.tracer.model;

import java.util.List;

/**
 * One meaningful call captured from a test body, typed by an adapter (see
 * {@code dev.tracer.scenario.adapter.ScenarioAdapter}). Steps make up a scenario's {@code flow}, and a failed test's
 * entry in the {@code tracer:test-json} document carries them as {@code steps}.
 *
 * <pre>{@code
 * { "id" : "step-3", "type" : "call", "kind" : "action", "label" : "findById OwnerService",
 *   "node_id" : "petclinic.owner.OwnerService", "focus_node_id" : "petclinic.owner.OwnerService",
 *   "focus_targets" : [ "petclinic.owner.OwnerService" ], "emits" : [ ], "action" : "findById",
 *   "actor" : "service", "status" : "passed", "module_function" : "petclinic.owner.OwnerService#findById",
 *   "source_snippet" : "service.findById(1)", "result" : "owner", "line" : 31, "test_name" : "findsAnOwner" }
 * }</pre>
 *
 * @param id               {@code step-1}, {@code step-2}... in flow order (assigned when the flow is complete)
 * @param type             {@code setup} (a {@code @BeforeEach}/{@code @Before} body, a field initializer or an
 *                         annotated field) or {@code call} (the test method's body)
 * @param kind             what the step does: {@code construct}, {@code action}, {@code assertion}, {@code stub},
 *                         {@code verify}, {@code http_request}, {@code persistence}, or an adapter's own kind
 * @param label            a short human-readable description
 * @param nodeId           the production type the step goes to (a key of the report's {@code node_index}), if any
 * @param focusNodeId      the node the step is about (an assertion's: the node whose result it checks)
 * @param focusTargets     the nodes a UI should highlight for this step, sorted
 * @param emits            what the step produces for others to see (an adapter's choice; for example a route)
 * @param action           the method called on the node (the handler method for an HTTP request)
 * @param actor            who acts: the receiver as written in the test ({@code service}, {@code mockMvc})
 * @param status           {@code passed}, {@code failed}, {@code not_executed}, or {@code unknown} when the test
 *                         did not run
 * @param moduleFunction   {@code "binary.ClassName#method"} of the production method reached
 * @param sourceSnippet    the call as written (the whole fluent chain), whitespace collapsed
 * @param result           the variable the call's result is assigned to
 * @param line             the line of the call in the test source
 * @param testName         the test method's name
 * @param assertionContext what an assertion checks
 */
public record Step(
        String id,
        String type,
        String kind,
        String label,
        String nodeId,
        String focusNodeId,
        List<String> focusTargets,
        List<String> emits,
        String action,
        String actor,
        String status,
        String moduleFunction,
        String sourceSnippet,
        String result,
        Integer line,
        String testName,
        AssertionContext assertionContext) {

    public static final String TYPE_SETUP = "setup";
    public static final String TYPE_CALL = "call";

    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String NOT_EXECUTED = "not_executed";
    public static final String UNKNOWN = "unknown";

    public Step {
        focusTargets = focusTargets == null ? List.of() : List.copyOf(focusTargets);
        emits = emits == null ? List.of() : List.copyOf(emits);
    }

    /** A step of {@code kind} with a label; the scanner fills in where it was found (type, line, snippet...). */
    public static Step of(String kind, String label) {
        return new Step(null, null, kind, label, null, null, null, null, null, null, UNKNOWN, null, null, null, null,
                null, null);
    }

    public Step withId(String id) {
        return new Step(id, type, kind, label, nodeId, focusNodeId, focusTargets, emits, action, actor, status,
                moduleFunction, sourceSnippet, result, line, testName, assertionContext);
    }

    public Step withType(String type) {
        return new Step(id, type, kind, label, nodeId, focusNodeId, focusTargets, emits, action, actor, status,
                moduleFunction, sourceSnippet, result, line, testName, assertionContext);
    }

    public Step withKind(String kind) {
        return new Step(id, type, kind, label, nodeId, focusNodeId, focusTargets, emits, action, actor, status,
                moduleFunction, sourceSnippet, result, line, testName, assertionContext);
    }

    public Step withLabel(String label) {
        return new Step(id, type, kind, label, nodeId, focusNodeId, focusTargets, emits, action, actor, status,
                moduleFunction, sourceSnippet, result, line, testName, assertionContext);
    }

    /**
     * Sets {@code node_id}, {@code focus_node_id} too when it is unset, and {@code module_function} when the action
     * is already set.
     */
    public Step withNode(String nodeId) {
        return new Step(id, type, kind, label, nodeId, focusNodeId == null ? nodeId : focusNodeId, focusTargets,
                emits, action, actor, status,
                moduleFunction == null && nodeId != null && action != null ? nodeId + "#" + action : moduleFunction,
                sourceSnippet, result, line, testName, assertionContext);
    }

    public Step withFocusNode(String focusNodeId) {
        return new Step(id, type, kind, label, nodeId, focusNodeId, focusTargets, emits, action, actor, status,
                moduleFunction, sourceSnippet, result, line, testName, assertionContext);
    }

    public Step withFocusTargets(List<String> focusTargets) {
        return new Step(id, type, kind, label, nodeId, focusNodeId, focusTargets, emits, action, actor, status,
                moduleFunction, sourceSnippet, result, line, testName, assertionContext);
    }

    public Step withEmits(List<String> emits) {
        return new Step(id, type, kind, label, nodeId, focusNodeId, focusTargets, emits, action, actor, status,
                moduleFunction, sourceSnippet, result, line, testName, assertionContext);
    }

    /** Sets {@code action}, and {@code module_function} to {@code nodeId#action} when there is a node. */
    public Step withAction(String action) {
        return new Step(id, type, kind, label, nodeId, focusNodeId, focusTargets, emits, action, actor, status,
                nodeId == null || action == null ? moduleFunction : nodeId + "#" + action, sourceSnippet, result,
                line, testName, assertionContext);
    }

    public Step withActor(String actor) {
        return new Step(id, type, kind, label, nodeId, focusNodeId, focusTargets, emits, action, actor, status,
                moduleFunction, sourceSnippet, result, line, testName, assertionContext);
    }

    public Step withStatus(String status) {
        return new Step(id, type, kind, label, nodeId, focusNodeId, focusTargets, emits, action, actor, status,
                moduleFunction, sourceSnippet, result, line, testName, assertionContext);
    }

    public Step withModuleFunction(String moduleFunction) {
        return new Step(id, type, kind, label, nodeId, focusNodeId, focusTargets, emits, action, actor, status,
                moduleFunction, sourceSnippet, result, line, testName, assertionContext);
    }

    public Step withSource(String sourceSnippet, Integer line) {
        return new Step(id, type, kind, label, nodeId, focusNodeId, focusTargets, emits, action, actor, status,
                moduleFunction, sourceSnippet, result, line, testName, assertionContext);
    }

    public Step withResult(String result) {
        return new Step(id, type, kind, label, nodeId, focusNodeId, focusTargets, emits, action, actor, status,
                moduleFunction, sourceSnippet, result, line, testName, assertionContext);
    }

    public Step withTestName(String testName) {
        return new Step(id, type, kind, label, nodeId, focusNodeId, focusTargets, emits, action, actor, status,
                moduleFunction, sourceSnippet, result, line, testName, assertionContext);
    }

    public Step withAssertionContext(AssertionContext assertionContext) {
        return new Step(id, type, kind, label, nodeId, focusNodeId, focusTargets, emits, action, actor, status,
                moduleFunction, sourceSnippet, result, line, testName, assertionContext);
    }
}
