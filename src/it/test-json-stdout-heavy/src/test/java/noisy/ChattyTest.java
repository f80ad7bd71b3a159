package noisy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChattyTest {

    static {
        System.out.println("static initializer of ChattyTest prints this");
    }

    @BeforeAll
    static void announce() {
        System.out.println("@BeforeAll prints this");
        System.out.println("{\"version\": 1, \"summary\": {\"total\": 999}}");
    }

    @AfterAll
    static void goodbye() {
        System.out.print("@AfterAll prints this without a newline");
    }

    @Test
    void printsThousandsOfLines() {
        assertEquals(3000, Chatter.talk("printsThousandsOfLines", 3000));
    }

    @Test
    void printsWhatLooksLikeMavenOutput() {
        System.out.println("[INFO] BUILD SUCCESS");
        System.out.println("[ERROR] Tests run: 1, Failures: 1, Errors: 0, Skipped: 0");
        System.out.println("Tests run: 7, Failures: 0, Errors: 0, Skipped: 0");
        System.err.println("[WARNING] printed by a test to stderr");
        assertEquals(10, Chatter.talk("printsWhatLooksLikeMavenOutput", 10));
    }

    @Test
    void logsThroughJavaUtilLogging() {
        Logger.getLogger("noisy").warning("a warning logged by a test");
        Logger.getLogger("noisy").info("an info message logged by a test");
    }

    @Test
    void printsFromAnotherThread() throws InterruptedException {
        Thread t = new Thread(() -> Chatter.talk("worker thread", 200));
        t.start();
        t.join();
    }
}
