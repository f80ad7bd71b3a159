package dev.tracer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsParserTest {

    @Test
    void bareFlagMeansTrue() {
        assertTrue(OptionsParser.parse("true", null, Map.of("tracer.all", "true")).all());
        assertTrue(OptionsParser.parse("", null, Map.of()).all());
        assertFalse(OptionsParser.parse(null, null, Map.of()).all());
        assertFalse(OptionsParser.parse("FALSE", null, Map.of()).all());
    }

    @Test
    void malformedBooleanNamesThePropertyAndTheElement() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> OptionsParser.parse("yes", null, Map.of()));
        assertEquals("-Dtracer.all=yes is not a boolean: use -Dtracer.all (or =true / =false), or <all>true</all>"
                + " in the plugin's <configuration>.", e.getMessage());
    }

    @Test
    void unknownTracerPropertyIsRejectedWithTheKnownOnes() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> OptionsParser.parse(null, null, Map.of("tracer.bogus", "1", "other.thing", "x")));
        assertTrue(e.getMessage().startsWith("Unknown property -Dtracer.bogus. Known properties: tracer.all,"),
                e.getMessage());
    }

    @Test
    void blankOutputIsRejected() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> OptionsParser.parse(null, " ", Map.of()));
        assertTrue(e.getMessage().contains("-Dtracer.output is empty"));
    }
}
