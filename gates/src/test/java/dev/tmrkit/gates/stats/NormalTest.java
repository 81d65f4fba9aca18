package dev.tmrkit.gates.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The inverse normal distribution function against quantiles known to 16 digits. */
class NormalTest {

    /** Φ⁻¹ at probabilities whose quantiles are known to 16 digits (Φ(1), Φ(2) and the usual levels). */
    @ParameterizedTest(name = "quantile({0}) = {1}")
    @CsvSource({
        "0.5, 0.0",
        "0.975, 1.9599639845400536",
        "0.995, 2.5758293035489",
        "0.95, 1.6448536269514715",
        "0.9, 1.2815515655446008",
        "0.999, 3.090232306167813",
        "0.8413447460685429, 1.0",
        "0.9772498680518208, 2.0",
        "0.02, -2.0537489106318225",
        "0.03, -1.8807936081512509",
        "0.97, 1.8807936081512504",
        "0.98, 2.053748910631822",
        "1e-9, -5.9978070150076865",
        "1e-300, -37.0470962993612",
    })
    void inverseNormalMatchesKnownQuantiles(double p, double x) {
        assertEquals(x, Normal.quantile(p), 1.2e-9 * Math.max(1, Math.abs(x)));
    }

    @Test
    void quantileIsAntisymmetricAndMonotone() {
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < 1000; i++) {
            double p = i / 1000.0;
            double x = Normal.quantile(p);
            assertTrue(x > last, "monotone at " + p);
            last = x;
            assertEquals(-x, Normal.quantile(1 - p), 1e-8);
        }
        assertEquals(1.959964, Normal.twoSided(0.95), 1e-6);
        assertEquals(2.575829, Normal.twoSided(0.99), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> Normal.quantile(0));
        assertThrows(IllegalArgumentException.class, () -> Normal.quantile(1));
        assertThrows(IllegalArgumentException.class, () -> Normal.quantile(Double.NaN));
    }

    @Test
    void theNamedConstantsAreTheTwoSidedQuantiles() {
        assertEquals(Normal.Z95, Normal.twoSided(0.95), 1.2e-9 * Normal.Z95);
        assertEquals(Normal.Z99, Normal.twoSided(0.99), 1.2e-9 * Normal.Z99);
    }
}
