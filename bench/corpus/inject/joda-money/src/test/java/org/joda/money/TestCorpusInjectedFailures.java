package org.joda.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Written into the scratch tree by bench/corpus/run.py: a red suite, so the corpus checks failure reporting. */
class TestCorpusInjectedFailures {

    @Test
    void passes() {
        assertEquals(new BigDecimal("1.50"), Money.parse("EUR 1.50").getAmount());
    }

    @Test
    void failsAnAssertion() {
        assertEquals("EUR 2.00", Money.parse("EUR 1.50").toString(), "the injected failure");
    }

    @Test
    void throwsAnError() {
        Money.parse("not money");
    }
}
