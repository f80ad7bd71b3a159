package shop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** As Spring Boot projects' container tests do when Docker is missing: the class aborts before any test. */
class DatabaseTest {

    @BeforeAll
    static void needsDocker() {
        assumeTrue(false, "Docker is not available");
    }

    @Test
    void startsTheDatabase() {
    }

    @Test
    void migratesTheSchema() {
    }
}
