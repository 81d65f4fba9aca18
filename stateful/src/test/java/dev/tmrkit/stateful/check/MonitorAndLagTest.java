package dev.tmrkit.stateful.check;

import dev.tmrkit.stateful.measure.LagRecorder;
import dev.tmrkit.stateful.measure.LagReport;
import dev.tmrkit.stateful.measure.LagStats;
import dev.tmrkit.stateful.measure.Latency;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.tmrkit.testing.Properties.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class MonitorAndLagTest {
    private static final long RESET = Long.MIN_VALUE;

    @Test
    void episodesAreTheStretchesAboveTheThresholdOfTheIdealCounter() {
        long[] times = {1, 2, 3, 4, 5, 6, 7};
        long[] codes = {6, 5, 1, RESET, 11, RESET, 20};   // 6, 11 (up), 12, 0 (down), 11 (up), 0 (down), 20 (up)
        List<ThresholdMonitor.Episode> e = ThresholdMonitor.episodes(times, codes, RESET, 10, 9);
        assertEquals(List.of(new ThresholdMonitor.Episode(2, 4), new ThresholdMonitor.Episode(5, 6),
                new ThresholdMonitor.Episode(7, 9)), e);
    }

    @Test
    void sightingsAreUpwardCrossingsAndEachNoticesOneEpisodeWithinItsGrace() {
        long[] seen = ThresholdMonitor.sightings(new long[] {1, 2, 3, 4, 5}, new long[] {3, 12, 14, 2, 30}, 5, 10);
        assertEquals(List.of(2L, 5L), java.util.Arrays.stream(seen).boxed().toList());
        List<ThresholdMonitor.Episode> episodes = List.of(new ThresholdMonitor.Episode(0, 10),
                new ThresholdMonitor.Episode(20, 30), new ThresholdMonitor.Episode(40, 50));
        // one sighting for the first episode, one late but within grace 5 for the second, one long after
        ThresholdMonitor.Crossings c = ThresholdMonitor.compare(7, episodes, new long[] {3, 33, 100}, 5);
        assertEquals(new ThresholdMonitor.Crossings(7, 3, 2, 1, 1), c);
    }

    @Test
    void lagPercentilesAreNearestRanksOfTheSamples() {
        qt().forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(1, 300)).checkAssert(list -> {
            long[] samples = list.stream().mapToLong(Integer::longValue).toArray();
            long[] sorted = samples.clone();
            java.util.Arrays.sort(sorted);
            int n = sorted.length;
            LagStats s = LagStats.of(samples, n);
            assertEquals(sorted[(int) Math.ceil(0.5 * n) - 1], s.p50());
            assertEquals(sorted[(int) Math.ceil(0.99 * n) - 1], s.p99());
            assertEquals(sorted[n - 1], s.max());
            assertEquals(n, s.count());
        });
        assertEquals(LagStats.EMPTY, LagStats.of(new long[0], 0));
    }

    @Test
    void theRecorderSplitsInherentFromImposedPerReplicaAndOverTime() {
        LagRecorder r = new LagRecorder(2, 100, 3);
        r.record(0, 0, 10, false);
        r.record(0, 0, 30, false);
        r.record(1, 100, 150, true);
        r.record(1, 250, 260, false);
        r.record(1, 1000, 1500, true);   // past the last bucket: counted in it
        LagReport report = r.report();
        assertEquals(new LagStats(5, 30, 500, 500), report.all());
        assertEquals(new LagStats(3, 10, 30, 30), report.inherent());
        assertEquals(new LagStats(2, 50, 500, 500), report.imposed());
        assertEquals(List.of(30L, 0L, 0L), report.replicas().get(0).maxByBucket());
        assertEquals(List.of(0L, 50L, 500L), report.replicas().get(1).maxByBucket());
        assertEquals(2, report.replicas().get(1).imposed().count());
    }
}
