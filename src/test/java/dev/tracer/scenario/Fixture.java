package dev.tracer.scenario;

import dev.tracer.scenario.adapter.ScenarioAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A small module on disk: main and test sources under a temporary directory, extracted with the real parser. */
public final class Fixture {

    static final String OWNER = """
            package shop.owner;

            import jakarta.persistence.Entity;

            @Entity
            public class Owner {
                private String name;
                public Owner(String name) { this.name = name; }
                public String getName() { return name; }
                public Pet firstPet() { return null; }
            }
            """;
    static final String PET = """
            package shop.owner;

            public record Pet(String name, int age) {
                public String describe() { return name; }
            }
            """;
    static final String REPOSITORY = """
            package shop.owner;

            import java.util.Optional;
            import org.springframework.data.repository.CrudRepository;

            public interface OwnerRepository extends CrudRepository<Owner, Integer> {
                Optional<Owner> findByName(String name);
            }
            """;
    static final String SERVICE = """
            package shop.owner;

            import org.springframework.stereotype.Service;

            @Service
            public class OwnerService {
                private final OwnerRepository repository;
                public OwnerService(OwnerRepository repository) { this.repository = repository; }
                public Owner find(int id) { return repository.findById(id).orElseThrow(); }
                public Owner register(String name) { return repository.save(new Owner(name)); }
            }
            """;
    static final String CONTROLLER = """
            package shop.owner;

            import org.springframework.web.bind.annotation.*;

            @RestController
            @RequestMapping("/owners")
            public class OwnerController {
                private final OwnerService service;
                public OwnerController(OwnerService service) { this.service = service; }

                @GetMapping("/{id}")
                public String show(@PathVariable int id) { return service.find(id).getName(); }

                @PostMapping
                public String create(@RequestParam String name) { return service.register(name).getName(); }

                @RequestMapping(path = "/search", method = RequestMethod.GET)
                public String search() { return ""; }
            }
            """;
    static final String UNUSED = """
            package shop.billing;

            public enum Currency { EUR, USD }
            """;

    private Fixture() {
    }

    public static Path module(Path dir, Map<String, String> mainSources, Map<String, String> testSources) throws IOException {
        for (var e : mainSources.entrySet()) {
            write(dir.resolve("src/main/java").resolve(e.getKey()), e.getValue());
        }
        for (var e : testSources.entrySet()) {
            write(dir.resolve("src/test/java").resolve(e.getKey()), e.getValue());
        }
        return dir;
    }

    public static Map<String, String> shop() {
        return Map.of("shop/owner/Owner.java", OWNER, "shop/owner/Pet.java", PET,
                "shop/owner/OwnerRepository.java", REPOSITORY, "shop/owner/OwnerService.java", SERVICE,
                "shop/owner/OwnerController.java", CONTROLLER, "shop/billing/Currency.java", UNUSED);
    }

    public static ScenarioExtractor.Extraction extract(Path dir) throws IOException {
        return extract(dir, Adapters.builtIn(), null);
    }

    public static ScenarioExtractor.Extraction extract(Path dir, List<ScenarioAdapter> adapters, Path cache)
            throws IOException {
        return ScenarioExtractor.extract(new ScenarioExtractor.Input("shop", List.of(dir.resolve("src/test/java")),
                List.of(dir.resolve("src/main/java")), dir, cache, adapters, 2));
    }

    public static Scenario scenario(ScenarioExtractor.Extraction extraction, String id) {
        return extraction.scenarios().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no scenario " + id + " in "
                        + extraction.scenarios().stream().map(Scenario::id).toList()));
    }

    public static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The steps of the one scenario of a test class (body given, wrapped in a class of package shop.owner). */
    public static List<dev.tracer.model.Step> steps(Path dir, String imports, String members) throws IOException {
        String source = "package shop.owner;\n" + imports + "\nclass SnippetTest {\n" + members + "\n}\n";
        module(dir, shop(), Map.of("shop/owner/SnippetTest.java", source));
        ScenarioExtractor.Extraction extraction = extract(dir);
        if (extraction.scenarios().size() != 1) {
            throw new AssertionError("expected one scenario, got " + extraction.scenarios());
        }
        return extraction.scenarios().get(0).flow();
    }

    /** {@code kind label node action} of each step. */
    public static List<String> describe(List<dev.tracer.model.Step> steps) {
        return steps.stream().map(s -> s.kind() + " | " + s.label() + " | " + s.nodeId() + " | " + s.action())
                .toList();
    }
}
