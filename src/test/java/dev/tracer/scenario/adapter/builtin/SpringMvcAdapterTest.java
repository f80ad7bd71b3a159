package dev.tracer.scenario.adapter.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracer.model.AssertionContext;
import dev.tracer.model.Step;
import dev.tracer.scenario.Fixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringMvcAdapterTest {

    @TempDir
    Path dir;

    @Test
    void aRequestGoesToTheControllerMethodMappedToItsRoute() throws Exception {
        List<Step> steps = Fixture.steps(dir, """
                import org.junit.jupiter.api.Test;
                import org.springframework.test.web.servlet.MockMvc;
                import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.*;
                import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;
                """, """
                    MockMvc mvc;

                    @Test
                    void t() throws Exception {
                        mvc.perform(get("/owners/{id}", 1)).andExpect(status().isOk()).andExpect(content().string("Ann"));
                        mvc.perform(get("/owners/search?q=a"));
                        mvc.perform(post("/owners").param("name", "Bob"));
                        mvc.perform(get("/owners/7"));
                        mvc.perform(delete("/nowhere"));
                    }
                """);
        assertEquals(List.of(
                "http_request | GET /owners/{id} → OwnerController#show | shop.owner.OwnerController | show",
                "assertion | andExpect status().isOk() | null | null",
                "assertion | andExpect content().string(\"Ann\") | null | null",
                "http_request | GET /owners/search?q=a → OwnerController#search | shop.owner.OwnerController | search",
                "http_request | POST /owners → OwnerController#create | shop.owner.OwnerController | create",
                "http_request | GET /owners/7 → OwnerController#show | shop.owner.OwnerController | show",
                "http_request | DELETE /nowhere | null | null"), Fixture.describe(steps));
        assertEquals(List.of("GET /owners/{id}"), steps.get(0).emits());
        assertEquals("shop.owner.OwnerController#show", steps.get(0).moduleFunction());
        assertEquals(new AssertionContext("andExpect", "response", "status().isOk()"), steps.get(1).assertionContext());
        assertEquals(List.of("shop.owner.OwnerController"), steps.get(1).focusTargets());
    }
}
