package relay;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UntracedRelayTest {

    @Test
    void poisonIsNotAcknowledged() throws Exception {
        Relay relay = new Relay();
        assertTrue(relay.send("poison"), "poison was not acknowledged");
    }
}
