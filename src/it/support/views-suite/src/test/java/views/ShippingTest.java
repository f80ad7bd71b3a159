package views;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Recorder.class)
class ShippingTest {

    @Test
    void quotesDomesticRate() {
    }

    @Test
    void quotesInternationalRate() {
        if (!Fix.applied()) {
            throw new IllegalStateException("flaky network: connection reset by the carrier");
        }
    }

    @Test
    void tracksParcel() {
        if (!Fix.applied()) {
            fail("tracking numbers collide\nsee known issue JIRA-42");
        }
    }

    @Test
    void estimatesDelivery() {
        if (!Fix.applied()) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void printsLabel() {
        if (!Fix.applied()) {
            fail("label printer rejected the job: " + "X".repeat(240));
        }
    }
}
