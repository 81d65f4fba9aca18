package dev.tmrkit.circuits.faults;

import dev.tmrkit.circuits.io.CorpusNetlists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.gates.fault.Fault;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Samples without replacement: the right size, distinct, in population order, reproducible, unbiased. */
class RandomSampleTest {

    @Test
    void aSampleOfTheC432FaultListIsDistinctOrderedAndReproducible() {
        List<Fault> all = FaultLists.allStuckAt(CorpusNetlists.bench("iscas85", "c432"));
        int n = (int) SampleSize.leveugle(all.size(), 0.05, 0.95);
        List<Fault> sample = RandomSample.of(all, n, 42);
        assertEquals(n, sample.size());
        assertEquals(n, new HashSet<>(sample).size());
        int last = -1;
        for (Fault f : sample) {
            int at = all.indexOf(f);
            assertTrue(at > last, "population order");
            last = at;
        }
        assertEquals(sample, RandomSample.of(all, n, 42));
        assertNotEquals(sample, RandomSample.of(all, n, 43));
    }

    @Test
    void bothDrawingPathsGiveDistinctSortedIndicesInRange() {
        for (int[] pn : new int[][] {{1000, 3}, {1000, 30}, {1000, 999}, {1000, 1000}, {7, 0}, {1, 1}}) {
            int[] idx = RandomSample.indices(new SplittableRandom(pn[0] + pn[1]), pn[0], pn[1]);
            assertEquals(pn[1], idx.length);
            for (int k = 0; k < idx.length; k++) {
                assertTrue(idx[k] >= 0 && idx[k] < pn[0]);
                assertTrue(k == 0 || idx[k] > idx[k - 1], "ascending and distinct");
            }
        }
    }

    @Test
    void everyElementIsEquallyLikely() {
        // 20,000 samples of 3 out of 10: each element is expected 6,000 times (sd about 65)
        int[] hits = new int[10];
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 20_000; trial++) {
            for (int i : RandomSample.indices(r.split(), 10, 3)) {
                hits[i]++;
            }
        }
        for (int h : hits) {
            assertTrue(Math.abs(h - 6000) < 400, "hits " + h);
        }
    }

    @Test
    void cannotSampleMoreThanThePopulation() {
        List<Integer> small = new ArrayList<>(List.of(1, 2, 3));
        assertEquals(small, RandomSample.of(small, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> RandomSample.of(small, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> RandomSample.of(small, -1, 1));
    }
}
