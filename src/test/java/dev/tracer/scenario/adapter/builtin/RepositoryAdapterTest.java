package dev.tracer.scenario.adapter.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracer.model.Step;
import dev.tracer.scenario.Fixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryAdapterTest {

    @TempDir
    Path dir;

    @Test
    void saveFindAndDeleteOnARepositoryArePersistence() throws Exception {
        List<Step> steps = Fixture.steps(dir, "import org.junit.jupiter.api.Test;", """
                    OwnerRepository repository;

                    @Test
                    void t() {
                        repository.save(new Owner("Ann"));
                        repository.findByName("Ann");
                        repository.deleteAll();
                        repository.toString();
                    }
                """);
        assertEquals(List.of(
                "construct | new Owner | shop.owner.Owner | <init>",
                "persistence | OwnerRepository.save | shop.owner.OwnerRepository | save",
                "persistence | OwnerRepository.findByName | shop.owner.OwnerRepository | findByName",
                "persistence | OwnerRepository.deleteAll | shop.owner.OwnerRepository | deleteAll",
                "action | OwnerRepository.toString | shop.owner.OwnerRepository | toString"), Fixture.describe(steps));
    }
}
