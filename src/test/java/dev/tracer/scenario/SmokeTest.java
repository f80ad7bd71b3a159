package dev.tracer.scenario;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {
    @Test
    void prints(@TempDir Path dir) throws Exception {
        Fixture.module(dir, Fixture.shop(), Map.of("shop/owner/OwnerServiceTest.java", """
                package shop.owner;

                import static org.junit.jupiter.api.Assertions.*;
                import static org.mockito.Mockito.*;
                import static org.assertj.core.api.Assertions.assertThat;
                import org.junit.jupiter.api.*;
                import org.mockito.Mock;
                import org.springframework.test.web.servlet.MockMvc;
                import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
                import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

                @Tag("owners")
                class OwnerServiceTest {
                    @Mock OwnerRepository repository;
                    OwnerService service;
                    MockMvc mockMvc;

                    @BeforeEach
                    void setUp() {
                        service = new OwnerService(repository);
                    }

                    @Test
                    @DisplayName("finds an owner")
                    void findsAnOwner() {
                        when(repository.findById(1)).thenReturn(java.util.Optional.of(new Owner("Ann")));
                        var owner = service.find(1);
                        assertEquals("Ann", owner.getName());
                        assertThat(owner.firstPet().describe()).isEqualTo("Rex");
                        verify(repository).findById(1);
                        assertThrows(IllegalStateException.class, () -> service.find(2));
                    }

                    @Nested
                    class Web {
                        @Test
                        void showsOne() throws Exception {
                            mockMvc.perform(get("/owners/{id}", 1)).andExpect(status().isOk());
                            unknown.call();
                        }
                    }
                }
                """));
        var extraction = Fixture.extract(dir);
        System.out.println(ScenarioJson.write(ScenarioReports.build(java.util.List.of(extraction),
                extraction.scenarios(), null, 1)));
    }
}
