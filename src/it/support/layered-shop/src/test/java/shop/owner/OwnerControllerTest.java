package shop.owner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class OwnerControllerTest {
    private final InMemoryOwnerRepository repository = new InMemoryOwnerRepository();
    private MockMvc mockMvc;

    @BeforeEach
    void setUp() {
        repository.save(new Owner(1, "Ann"));
        mockMvc = MockMvcBuilders.standaloneSetup(new OwnerController(new OwnerService(repository))).build();
    }

    @Test
    @DisplayName("shows an owner by id")
    void showsAnOwner() throws Exception {
        mockMvc.perform(get("/owners/{ownerId}", 1))
                .andExpect(status().isOk())
                .andExpect(content().string("Ann"));
    }

    @Test
    void createsAnOwner() throws Exception {
        mockMvc.perform(post("/owners").param("id", "2").param("name", "Bob"))
                .andExpect(status().isOk());
        assertEquals("Bob", repository.findById(2).orElseThrow().getName());
    }
}
