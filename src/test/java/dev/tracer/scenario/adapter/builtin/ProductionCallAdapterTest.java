package dev.tracer.scenario.adapter.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracer.model.Step;
import dev.tracer.scenario.Fixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductionCallAdapterTest {

    @TempDir
    Path dir;

    @Test
    void constructorsAndCallsOnNodesBecomeConstructAndActionSteps() throws Exception {
        List<Step> steps = Fixture.steps(dir, "import org.junit.jupiter.api.Test;", """
                    @Test
                    void registers() {
                        OwnerService service = new OwnerService(null);
                        var owner = service.register("Ann");
                        owner.firstPet().describe();
                        String text = "x".trim();
                    }
                """);
        assertEquals(List.of(
                "construct | new OwnerService | shop.owner.OwnerService | <init>",
                "action | OwnerService.register | shop.owner.OwnerService | register",
                "action | Owner.firstPet | shop.owner.Owner | firstPet",
                "action | Pet.describe | shop.owner.Pet | describe"), Fixture.describe(steps));
        Step register = steps.get(1);
        assertEquals("shop.owner.OwnerService#register", register.moduleFunction());
        assertEquals("service", register.actor());
        assertEquals("owner", register.result());
        assertEquals(Integer.valueOf(7), register.line());
        assertEquals("service.register(\"Ann\")", register.sourceSnippet());
        assertEquals(Step.TYPE_CALL, register.type());
        assertEquals("registers", register.testName());
    }

    @Test
    void callsNestedInArgumentsComeFirstInEvaluationOrder() throws Exception {
        List<Step> steps = Fixture.steps(dir, "import org.junit.jupiter.api.Test;", """
                    OwnerService service;

                    @Test
                    void nested() {
                        service.register(new Owner("Ann").getName());
                    }
                """);
        assertEquals(List.of(
                "construct | new Owner | shop.owner.Owner | <init>",
                "action | Owner.getName | shop.owner.Owner | getName",
                "action | OwnerService.register | shop.owner.OwnerService | register"), Fixture.describe(steps));
    }

    @Test
    void staticCallsOnATypeNameResolveThroughImports() throws Exception {
        List<Step> steps = Fixture.steps(dir, "import org.junit.jupiter.api.Test;\nimport shop.billing.Currency;",
                """
                    @Test
                    void currency() {
                        Currency.valueOf("EUR");
                    }
                """);
        assertEquals(List.of(
                "action | Currency.valueOf | shop.billing.Currency | valueOf"), Fixture.describe(steps));
    }
}
