package relay;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ChattyTest {

    @Test
    @Tag("trace_messages=5")
    void printsThirtyLines() {
        for (int i = 1; i <= 30; i++) {
            System.out.println("line " + i);
        }
        fail("chatty");
    }
}
