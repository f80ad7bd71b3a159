package dev.tracer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsParserTest {

    private static RawOptions raw(String all, String output) {
        return new RawOptions().set(GoalParameter.ALL, all).set(GoalParameter.OUTPUT, output);
    }

    private static Options parse(String all, String output, Map<String, String> props) {
        return OptionsParser.parse(raw(all, output), props, Map.of());
    }

    @Test
    void bareFlagMeansTrue() {
        assertTrue(parse("true", null, Map.of("tracer.all", "true")).all());
        assertTrue(parse("", null, Map.of()).all());
        assertFalse(parse(null, null, Map.of()).all());
        assertFalse(parse("FALSE", null, Map.of()).all());
    }

    @Test
    void malformedBooleanNamesThePropertyAndTheElement() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> parse("yes", null, Map.of()));
        assertEquals("-Dtracer.all=yes is not a boolean: use -Dtracer.all (or =true / =false), or <all>true</all>"
                + " in the plugin's <configuration>.", e.getMessage());
    }

    @Test
    void unknownTracerPropertyIsRejectedWithTheKnownOnes() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> parse(null, null, Map.of("tracer.bogus", "1", "other.thing", "x")));
        assertTrue(e.getMessage().startsWith("Unknown property -Dtracer.bogus. Known properties: tracer.adapters, tracer.all,"),
                e.getMessage());
    }

    @Test
    void blankOutputIsRejected() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> parse(null, " ", Map.of()));
        assertTrue(e.getMessage().contains("-Dtracer.output is empty"));
    }

    @Test
    void environmentVariablesServeToolsThatCannotChangeTheCommandLine() {
        Options o = OptionsParser.parse(raw(null, null), Map.of(),
                Map.of("TRACER_OUTPUT_FILE", "out/r.json", "TRACER_STREAMING", "true"));
        assertEquals("out/r.json", o.output());
        assertTrue(o.streaming());
    }

    @Test
    void aPropertyWinsOverItsEnvironmentVariable() {
        Options o = OptionsParser.parse(raw(null, "cli.json").set(GoalParameter.STREAMING, "false"), Map.of(), Map.of("TRACER_OUTPUT_FILE", "env.json", "TRACER_STREAMING", "true"));
        assertEquals("cli.json", o.output());
        assertFalse(o.streaming());
    }

    @Test
    void aMalformedEnvironmentVariableNamesIt() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> OptionsParser.parse(raw(null, null), Map.of(), Map.of("TRACER_STREAMING", "maybe")));
        assertEquals("The environment variable TRACER_STREAMING=maybe is not a boolean: set it to true or false,"
                + " or unset it.", e.getMessage());
    }

    @Test
    void emptyFilterPatternsAreDropped() {
        Options o = OptionsParser.parse(new RawOptions().set(GoalParameter.FILTER_OUT,
                java.util.Arrays.asList("timeout", "", null)), Map.of(), Map.of());
        assertEquals(java.util.List.of("timeout"), o.filterOut());
    }

    private static Options.Cover cover(String cover, String threshold, String counter) {
        return OptionsParser.cover(new RawOptions().set(GoalParameter.COVER, cover)
                .set(GoalParameter.COVER_THRESHOLD, threshold).set(GoalParameter.COVER_COUNTER, counter)
                .set(GoalParameter.COVER_EXCLUDES, java.util.List.of("*Dto")));
    }

    @Test
    void coverageIsOffUnlessCoverOrAThresholdIsGiven() {
        assertEquals(null, cover(null, null, "BRANCH"));
        assertEquals(null, cover("false", null, null));
        Options.Cover c = cover(null, "72.5", null);
        assertEquals(72.5, c.threshold());
        assertEquals(dev.tracer.model.CoverageCounter.LINE, c.counter());
        assertEquals(java.util.List.of("*Dto"), c.excludes());
        assertEquals(dev.tracer.model.CoverageCounter.BRANCH, cover("", null, "branch").counter());
        assertEquals(null, cover("", null, null).threshold());
    }

    @Test
    void thresholdOutsideZeroToHundredOrNotANumberIsAConfigurationError() {
        for (String bad : new String[] {"abc", "101", "-1", "", "NaN", "80%"}) {
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> cover(null, bad, null), bad);
            assertEquals("-Dtracer.coverThreshold=" + bad + " is not a percentage: give a number from 0 to 100 (for"
                    + " example -Dtracer.coverThreshold=80), or <coverThreshold>80</coverThreshold> in the plugin's"
                    + " <configuration>.", e.getMessage());
        }
        assertEquals(0.0, cover(null, "0", null).threshold());
        assertEquals(100.0, cover(null, "100", null).threshold());
    }

    @Test
    void unknownCounterNamesTheChoices() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> cover("", null, "LINES"));
        assertEquals("-Dtracer.coverCounter=LINES is not a JaCoCo counter: use LINE (the default), BRANCH,"
                + " INSTRUCTION, METHOD or CLASS.", e.getMessage());
    }

    @Test
    void traceTakesAPatternAndABudget() {
        Options o = OptionsParser.parse(new RawOptions().set(GoalParameter.TRACE, " RelayTest#poison* ")
                .set(GoalParameter.TRACE_BUDGET, "20"), Map.of(), Map.of());
        assertEquals("RelayTest#poison*", o.trace());
        assertEquals(20, o.traceBudget());
    }

    @Test
    void aBareTraceFlagOrABadBudgetNamesTheProperty() {
        ConfigurationException bare = assertThrows(ConfigurationException.class, () -> OptionsParser.parse(
                new RawOptions().set(GoalParameter.TRACE, "true"), Map.of(), Map.of()));
        assertTrue(bare.getMessage().startsWith("-Dtracer.trace=true names no tests"), bare.getMessage());
        ConfigurationException budget = assertThrows(ConfigurationException.class, () -> OptionsParser.parse(
                new RawOptions().set(GoalParameter.TRACE_BUDGET, "0"), Map.of(), Map.of()));
        assertTrue(budget.getMessage().startsWith("-Dtracer.traceBudget=0 is not a positive whole number"),
                budget.getMessage());
    }

    @Test
    void defaultsComeFromTheParameterTable() {
        Options none = OptionsParser.parse(new RawOptions(), Map.of(), Map.of());
        assertEquals(Options.builder().build(), none);
        assertTrue(none.retry());
        assertFalse(OptionsParser.parse(new RawOptions().set(GoalParameter.RETRY, "false"), Map.of(), Map.of())
                .retry());
        assertTrue(OptionsParser.bool(new RawOptions(), GoalParameter.SCENARIOS));
        assertFalse(OptionsParser.bool(new RawOptions(), GoalParameter.SKIP));
    }

    @Test
    void everyPropertyOfTheTableIsKnownAndNoOther() {
        for (GoalParameter parameter : GoalParameter.values()) {
            OptionsParser.checkKnown(Map.of(parameter.property(), "x"));
        }
        assertEquals(GoalParameter.values().length, OptionsParser.KNOWN_PROPERTIES.size());
    }
}
