package dev.tmrkit.circuits.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.tmrkit.testing.Properties.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class WilsonTest {
    @Test
    void matchesAPublishedExample() {
        // Newcombe (1998), Statistics in Medicine 17:857, example: 81 of 263 -> 0.2553 to 0.3662
        Wilson w = Wilson.of(81, 263);
        assertEquals(0.2553, w.low(), 5e-4);
        assertEquals(0.3662, w.high(), 5e-4);
    }

    @Test
    void theIntervalAlwaysHoldsTheRateAndStaysInTheUnitInterval() {
        qt().forAll(integers().between(1, 100_000).flatMap(n -> integers().between(0, n).map(k -> new int[] {n, k})))
                .checkAssert(nk -> {
                    Wilson w = Wilson.of(nk[1], nk[0]);
                    assertTrue(0 <= w.low() && w.low() <= w.rate() && w.rate() <= w.high() && w.high() <= 1, w.toString());
                });
    }

    @Test
    void allSuccessesStillLeaveRoomBelowOne() {
        Wilson w = Wilson.of(34, 34);
        assertEquals(1.0, w.rate());
        assertTrue(w.low() < 0.92 && w.low() > 0.85, w.toString());
    }
}
