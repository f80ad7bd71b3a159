package dev.tracer.scenario.adapter.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracer.model.Step;
import dev.tracer.scenario.Fixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MockitoAdapterTest {

    @TempDir
    Path dir;

    @Test
    void mocksStubsAndVerificationsNameTheMockedTypeAndMethod() throws Exception {
        List<Step> steps = Fixture.steps(dir, """
                import org.junit.jupiter.api.Test;
                import org.mockito.Mock;
                import org.mockito.InjectMocks;
                import static org.mockito.Mockito.*;
                import static org.mockito.BDDMockito.given;
                """, """
                    @Mock OwnerRepository repository;
                    @InjectMocks OwnerService service;

                    @Test
                    void t() {
                        Owner other = mock(Owner.class);
                        when(repository.findById(1)).thenReturn(java.util.Optional.of(new Owner("Ann")));
                        given(repository.findByName("Ann")).willReturn(java.util.Optional.empty());
                        doReturn(null).when(repository).save(other);
                        service.find(1);
                        verify(repository, times(1)).findById(1);
                        verifyNoMoreInteractions(repository);
                    }
                """);
        assertEquals(List.of(
                "stub | @Mock OwnerRepository | shop.owner.OwnerRepository | null",
                "construct | @InjectMocks OwnerService | shop.owner.OwnerService | <init>",
                "stub | mock Owner | shop.owner.Owner | null",
                "stub | when OwnerRepository.findById thenReturn | shop.owner.OwnerRepository | findById",
                "stub | given OwnerRepository.findByName willReturn | shop.owner.OwnerRepository | findByName",
                "stub | doReturn OwnerRepository.save | shop.owner.OwnerRepository | save",
                "action | OwnerService.find | shop.owner.OwnerService | find",
                "verify | verify OwnerRepository.findById | shop.owner.OwnerRepository | findById",
                "verify | verify OwnerRepository | shop.owner.OwnerRepository | null"), Fixture.describe(steps));
        assertEquals(Step.TYPE_SETUP, steps.get(0).type());
        assertEquals("repository", steps.get(0).actor());
        assertEquals("other", steps.get(2).result());
    }
}
