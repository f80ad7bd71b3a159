package skipped;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class MustNotRunTest {

    @Test
    void failsIfRun() {
        fail("every invocation of this IT skips the tests");
    }
}
