package dev.tmrkit.stateful.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.tmrkit.testing.Properties.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class IntervalsTest {
    @Test
    void wilsonMatchesAWorkedExample() {
        // 81 of 263 at 95%: the textbook interval [0.2553, 0.3662]
        Wilson w = Wilson.of(81, 263, 1.959963984540054);
        assertEquals(0.30798, w.rate(), 1e-5);
        assertEquals(0.2553, w.low(), 1e-4);
        assertEquals(0.3662, w.high(), 1e-4);
    }

    @Test
    void wilsonStaysInsideZeroOneAndContainsTheRate() {
        qt().forAll(integers().between(1, 100_000).flatMap(n -> integers().between(0, n).map(k -> new int[] {n, k})))
                .checkAssert(nk -> {
                    Wilson w = Wilson.of(nk[1], nk[0]);
                    assertTrue(0 <= w.low() && w.low() <= w.rate() && w.rate() <= w.high() && w.high() <= 1, w.toString());
                    assertTrue(w.contains(w.rate()));
                });
        assertEquals(0, Wilson.of(0, 50).low());
        assertEquals(1, Wilson.of(50, 50).high());
        assertTrue(Wilson.of(500, 1000).high() - Wilson.of(500, 1000).low()
                > Wilson.of(500, 1000, 1.96).high() - Wilson.of(500, 1000, 1.96).low(), "99% is wider than 95%");
    }

    @Test
    void theMeanIntervalIsMeanPlusMinusZTimesTheStandardError() {
        MeanInterval m = MeanInterval.of(10, 4, 100);
        assertEquals(10 - Wilson.Z99 * 0.4, m.low(), 1e-12);
        assertEquals(10 + Wilson.Z99 * 0.4, m.high(), 1e-12);
        assertTrue(m.contains(11) && !m.contains(11.1));
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Wilson.of(3, 2));
        assertThrows(IllegalArgumentException.class, () -> Wilson.of(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Wilson.of(1, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> MeanInterval.of(1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> MeanInterval.of(1, -1, 10));
    }
}
