package shop.owner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@Tag("service")
class OwnerServiceTest {
    @Mock
    OwnerRepository repository;

    @InjectMocks
    OwnerService service;

    @Test
    void findsAnOwner() {
        when(repository.findById(1)).thenReturn(Optional.of(new Owner(1, "Ann")));
        Owner owner = service.find(1);
        assertEquals("Ann", owner.getName());
    }

    @Test
    void registersAnOwner() {
        Owner saved = new Owner(2, "Bob");
        when(repository.save(org.mockito.ArgumentMatchers.any())).thenReturn(saved);
        service.register(2, "Bob");
        verify(repository).save(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void countsOwners() {
        when(repository.findAll()).thenReturn(List.of(new Owner(1, "Ann")));
        int count = service.count();
        assertEquals(2, count);
        verify(repository).findAll();
    }
}
