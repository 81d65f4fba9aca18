package dev.tmrkit.stateful.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.stateful.mission.Configuration.Redundancy;
import org.junit.jupiter.api.Test;

class ConfigurationTest {
    @Test
    void theNamedConfigurations() {
        assertEquals(new Configuration(3, 2, 0, 0), Configuration.tmr());
        assertEquals(new Configuration(3, 2, 0, 0.5), Configuration.tmrWithRepair(0.5));
        assertEquals(new Configuration(3, 2, 4, 0), Configuration.tmrWithSpares(4));
        assertEquals(new Configuration(1, 1, 1, 0), Configuration.simplexWithSpares(1));
        assertEquals(new Configuration(5, 3, 0, 0), Configuration.kOfN(3, 5));
    }

    @Test
    void labelsNameTheStructure() {
        assertEquals("TMR", Configuration.tmr().label());
        assertEquals("TMR with repair (μ = 0.1)", Configuration.tmrWithRepair(0.1).label());
        assertEquals("TMR with 2 cold spares", Configuration.tmrWithSpares(2).label());
        assertEquals("simplex with 1 cold spare", Configuration.simplexWithSpares(1).label());
        assertEquals("3-of-5 with 1 cold spare and repair (μ = 2)", new Configuration(5, 3, 1, 2).label());
    }

    @Test
    void staticMasksDynamicReplacesHybridDoesBoth() {
        assertEquals(Redundancy.STATIC, Configuration.tmr().redundancy());
        assertEquals(Redundancy.DYNAMIC, Configuration.simplexWithSpares(1).redundancy());
        assertEquals(Redundancy.DYNAMIC, new Configuration(1, 1, 0, 1).redundancy());
        assertEquals(Redundancy.HYBRID, Configuration.tmrWithSpares(1).redundancy());
        assertEquals(Redundancy.HYBRID, Configuration.tmrWithRepair(1).redundancy());
        assertEquals(Redundancy.NONE, Configuration.simplexWithSpares(0).redundancy());
    }

    @Test
    void toleratedFailuresCountSparesAndMargin() {
        assertEquals(1, Configuration.tmr().tolerated());
        assertEquals(3, Configuration.tmrWithSpares(2).tolerated());
        assertEquals(1, Configuration.simplexWithSpares(1).tolerated());
        assertTrue(Configuration.tmrWithRepair(1).repairs());
        assertFalse(Configuration.tmr().repairs());
    }

    @Test
    void impossibleConfigurationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Configuration(0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Configuration(3, 4, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Configuration(3, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Configuration(3, 2, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Configuration(3, 2, 0, -1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Configuration(3, 2, 0, Double.NaN));
        assertTrue(e.getMessage().contains("repair rate μ"), e.getMessage());
    }
}
