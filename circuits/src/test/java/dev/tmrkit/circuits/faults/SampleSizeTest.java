package dev.tmrkit.circuits.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Leveugle et al.'s sample size and the normal quantile behind it. Expected sizes are worked out here from
 * the formula text with the table quantiles 1.96 and 2.576, not by calling the code under test.
 */
class SampleSizeTest {

    @Test
    void workedFiguresFromTheFormula() {
        // N = 10,000, e = 1%, t = 1.96, p = 0.5:
        //   e²(N-1) = 0.0001 * 9999 = 0.9999;  t²p(1-p) = 3.8416 * 0.25 = 0.9604
        //   n = 10000 / (1 + 0.9999 / 0.9604) = 10000 / 2.041129... = 4899.25 -> 4900 rounded up
        assertEquals(4900, SampleSize.withQuantile(10_000, 0.01, 1.96, 0.5));
        // with the exact quantile 1.959964: n = 4899.16 -> 4900 as well
        assertEquals(4900, SampleSize.leveugle(10_000, 0.01, 0.95));
        assertEquals(4899.25, SampleSize.exact(10_000, 0.01, 1.96, 0.5), 0.005);
        // N -> infinity, e = 5%, 95%, p = 0.5: t²p(1-p)/e² = 0.9604 / 0.0025 = 384.16 -> 385
        assertEquals(385, SampleSize.infinite(0.05, 0.95, 0.5));
        assertEquals(385, SampleSize.leveugle(Long.MAX_VALUE / 2, 0.05, 0.95));
        // N -> infinity, e = 1%, 99%: 2.576² * 0.25 / 0.0001 = 16589.44 (exact t: 16587.24) -> 16588
        assertEquals(16588, SampleSize.infinite(0.01, 0.99, 0.5));
        // N = 1,000,000, e = 1%, 99%, t = 2.576: 6.635776*0.25 = 1.658944; 0.0001*999999 = 99.9999
        //   n = 1e6 / (1 + 99.9999/1.658944) = 1e6 / 61.27906... = 16318.74 -> 16319
        assertEquals(16319, SampleSize.withQuantile(1_000_000, 0.01, 2.576, 0.5));
        // p = 0.1, N = 5000, e = 2%, t = 1.96: 3.8416*0.09 = 0.345744; 0.0004*4999 = 1.9996
        //   n = 5000 / (1 + 1.9996/0.345744) = 5000 / 6.78341... = 737.09 -> 738
        assertEquals(738, SampleSize.withQuantile(5000, 0.02, 1.96, 0.1));
    }

    @Test
    void smallPopulationsAreSampledWhole() {
        // e²(N-1) = 0 for N = 1; for N = 34 at 1%: n = 34 / (1 + 0.0033/0.9604) = 33.88 -> 34
        assertEquals(1, SampleSize.leveugle(1, 0.01, 0.95));
        assertEquals(34, SampleSize.leveugle(34, 0.01, 0.95));
        for (long n = 1; n < 3000; n += 37) {
            long s = SampleSize.leveugle(n, 0.05, 0.99);
            assertTrue(s >= 1 && s <= n, n + " -> " + s);
        }
    }

    @Test
    void worstCaseIsPOneHalf() {
        for (double p = 0.05; p < 1; p += 0.05) {
            assertTrue(SampleSize.leveugle(100_000, 0.01, 0.95, p) <= SampleSize.leveugle(100_000, 0.01, 0.95));
        }
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> SampleSize.leveugle(0, 0.01, 0.95));
        assertThrows(IllegalArgumentException.class, () -> SampleSize.leveugle(100, 0, 0.95));
        assertThrows(IllegalArgumentException.class, () -> SampleSize.leveugle(100, 0.01, 1));
        assertThrows(IllegalArgumentException.class, () -> SampleSize.leveugle(100, 0.01, 0.95, 0));
    }
}
