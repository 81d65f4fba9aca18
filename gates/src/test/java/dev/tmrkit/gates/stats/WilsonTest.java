package dev.tmrkit.gates.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.tmrkit.testing.Properties.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class WilsonTest {
    @Test
    void matchesAPublishedExample() {
        // Newcombe (1998), Statistics in Medicine 17:857, example: 81 of 263 -> 0.2553 to 0.3662 at 95%
        Wilson w = Wilson.of(81, 263, Normal.Z95);
        assertEquals(0.30798, w.rate(), 1e-5);
        assertEquals(0.2553, w.low(), 1e-4);
        assertEquals(0.3662, w.high(), 1e-4);
    }

    @Test
    void theIntervalAlwaysHoldsTheRateAndStaysInTheUnitInterval() {
        qt().forAll(integers().between(1, 100_000).flatMap(n -> integers().between(0, n).map(k -> new int[] {n, k})),
                        integers().between(0, 1))
                .checkAssert((nk, level) -> {
                    Wilson w = Wilson.of(nk[1], nk[0], level == 0 ? Normal.Z95 : Normal.Z99);
                    assertTrue(0 <= w.low() && w.low() <= w.rate() && w.rate() <= w.high() && w.high() <= 1, w.toString());
                    assertTrue(w.contains(w.rate()));
                });
        assertEquals(0, Wilson.of(0, 50, Normal.Z99).low());
        assertEquals(1, Wilson.of(50, 50, Normal.Z99).high());
    }

    @Test
    void allSuccessesStillLeaveRoomBelowOne() {
        // closed form at k = n: low = n / (n + z²)
        Wilson w = Wilson.of(34, 34, Normal.Z95);
        assertEquals(1.0, w.rate());
        assertEquals(34 / (34 + Normal.Z95 * Normal.Z95), w.low(), 1e-12);
    }

    @Test
    void higherConfidenceIsWider() {
        Wilson w99 = Wilson.of(500, 1000, Normal.Z99);
        Wilson w95 = Wilson.of(500, 1000, Normal.Z95);
        assertTrue(w99.high() - w99.low() > w95.high() - w95.low(), "99% is wider than 95%");
    }

    @Test
    void noTrialsIsAnUnknownRateAnywhereInTheUnitInterval() {
        Wilson w = Wilson.of(0, 0, Normal.Z95);
        assertSame(Wilson.NO_TRIALS, w);
        assertTrue(Double.isNaN(w.rate()));
        assertEquals(0, w.low());
        assertEquals(1, w.high());
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Wilson.of(3, 2, Normal.Z95));
        assertThrows(IllegalArgumentException.class, () -> Wilson.of(-1, 2, Normal.Z95));
        assertThrows(IllegalArgumentException.class, () -> Wilson.of(1, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> Wilson.of(1, 2, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new Wilson(0.5, 0.6, 0.7));
    }
}
