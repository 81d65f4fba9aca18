package dev.tmrkit.cli.shard;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Slices are runs of consecutive fault sets dealt in turn; each run closes as soon as it reaches its share of the
 * work (1/64N of the total) or {@value Shard#MAX_RUN} fault sets; every fault set belongs to exactly one slice.
 */
class SliceLayoutTest {

    @Test
    void equalWeightsCutRunsOfListLengthOver64N() {
        qt().withExamples(100).forAll(SourceDSL.integers().between(1, 50), SourceDSL.integers().between(0, 150_000)).checkAssert((n, entries) -> {
            SliceLayout layout = SliceLayout.uniform(n, entries);
            int[] owner = owners(layout, n, entries);
            int run = Math.max(1, Math.min(Shard.MAX_RUN, entries / (n * 64)));
            for (int e = 0; e < entries; e++) {
                int expected = e == 0 ? 1 : e % run == 0 ? owner[e - 1] % n + 1 : owner[e - 1];
                assertEquals(expected, owner[e], "owner of entry " + e + " (runs of " + run + ")");
            }
            if (entries >= (long) n * 64 * Shard.MAX_RUN) {
                assertEquals(Shard.MAX_RUN, run, "long lists are cut into the longest runs");
            }
        });
    }

    @Test
    void weightedRunsCloseAtTheirShareOfTheWork() {
        qt().withExamples(200).forAll(SourceDSL.integers().between(1, 12), SourceDSL.longs().all()).checkAssert((n, seed) -> {
            SplittableRandom r = new SplittableRandom(seed);
            long[] work = new long[r.nextInt(20_000)];
            int heavy = r.nextInt(4) == 0 ? 1 + r.nextInt(Math.max(1, work.length / 20 + 1)) : 0; // a costly head, as primary inputs are
            for (int k = 0; k < work.length; k++) {
                work[k] = 1 + r.nextInt(k < heavy ? 5000 : 50);
            }
            SliceLayout layout = SliceLayout.of(n, work);
            owners(layout, n, work.length);
            long target = Math.max(1, Arrays.stream(work).sum() / (n * 64L));
            for (int run = 0; run < layout.runs(); run++) {
                int from = layout.runStart(run);
                int to = run + 1 < layout.runs() ? layout.runStart(run + 1) : work.length;
                long w = 0;
                for (int k = from; k < to; k++) {
                    assertEquals(run % n + 1, layout.owner(k), "run " + run + " belongs to slice " + (run % n + 1));
                    w += work[k];
                }
                assertTrue(to - from >= 1 && to - from <= Shard.MAX_RUN, "run " + run + " length " + (to - from));
                assertTrue(w - work[to - 1] < target || to - from == Shard.MAX_RUN,
                        "run " + run + " went on past its share " + target + " (" + w + ")");
                assertTrue(w >= target || to == work.length || to - from == Shard.MAX_RUN, "run " + run + " closed early: " + w + " < " + target);
            }
        });
    }

    @Test
    void aCostlyHeadIsSpreadOverAllSlices() {
        // 400 fault sets of weight 100 (the inputs' stems of a triplicated circuit), then 40 000 of weight 1
        long[] work = new long[40_400];
        Arrays.fill(work, 1);
        Arrays.fill(work, 0, 400, 100);
        long[] uniform = slices(SliceLayout.uniform(4, work.length), work);
        long[] weighted = slices(SliceLayout.of(4, work), work);
        assertTrue(spread(uniform) > 1.5, "cut by count, the head lands in the first slices: " + Arrays.toString(uniform));
        assertTrue(spread(weighted) < 1.05, "cut by work, the slices weigh the same: " + Arrays.toString(weighted));
    }

    /** Checks every entry has one owner and the sizes agree; returns the owners. */
    private static int[] owners(SliceLayout layout, int n, int entries) {
        assertEquals(entries, layout.entries());
        int[] owner = new int[entries];
        int[] held = new int[n + 1];
        for (int e = 0; e < entries; e++) {
            owner[e] = layout.owner(e);
            assertTrue(owner[e] >= 1 && owner[e] <= n, "owner " + owner[e]);
            assertTrue(new Shard(owner[e], n).holds(e, layout));
            held[owner[e]]++;
        }
        for (int k = 1; k <= n; k++) {
            assertEquals(held[k], new Shard(k, n).size(layout), "size of slice " + k + "/" + n);
        }
        return owner;
    }

    private static long[] slices(SliceLayout layout, long[] work) {
        long[] w = new long[layout.count()];
        for (int k = 0; k < work.length; k++) {
            w[layout.owner(k) - 1] += work[k];
        }
        return w;
    }

    private static double spread(long[] w) {
        return (double) Arrays.stream(w).max().getAsLong() / Arrays.stream(w).min().getAsLong();
    }
}
