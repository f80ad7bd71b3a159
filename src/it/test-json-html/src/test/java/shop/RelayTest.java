package shop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("trace_messages")
class RelayTest {

    @ParameterizedTest
    @ValueSource(strings = {"hello", "poison"})
    void relaysAMessage(String message) throws Exception {
        Relay relay = new Relay();
        assertTrue(relay.send(message), message + " was not acknowledged");
    }
}
