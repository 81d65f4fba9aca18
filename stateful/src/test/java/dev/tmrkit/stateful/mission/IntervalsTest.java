package dev.tmrkit.stateful.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.gates.stats.Normal;
import org.junit.jupiter.api.Test;

class IntervalsTest {
    @Test
    void theMeanIntervalIsMeanPlusMinusZTimesTheStandardError() {
        MeanInterval m = MeanInterval.of(10, 4, 100);
        assertEquals(10 - Normal.Z99 * 0.4, m.low(), 1e-12);
        assertEquals(10 + Normal.Z99 * 0.4, m.high(), 1e-12);
        assertTrue(m.contains(11) && !m.contains(11.1));
    }

    @Test
    void impossibleMeanIntervalsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> MeanInterval.of(1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> MeanInterval.of(1, -1, 10));
    }
}
