package relay;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("trace_messages")
class RelayTest {

    @ParameterizedTest
    @ValueSource(strings = {"hello", "poison"})
    void relaysAfterAGreeting(String message) throws Exception {
        System.out.println("java " + System.getProperty("java.specification.version"));
        Relay relay = new Relay();
        assertTrue(relay.send("hello"), "hello was not acknowledged");
        assertTrue(relay.send(message), message + " was not acknowledged");
    }
}
