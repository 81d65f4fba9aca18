package dev.tmrkit.stateful.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The threshold monitor of the seed example: an observer must notice every time the counter exceeds a
 * threshold. The truth is the counter in its real order: every write at the instant a replica first
 * applied it (with a single leader, the leader's order, which every replica follows), not the order
 * clients issued them in, which concurrent clients do not share; an episode runs from the instant it exceeds the threshold until it no longer does. The observer
 * notices an episode when, between the episode's start and its end plus a grace time (for the news to
 * travel), it sees the value rise from at most the threshold to above it. Each sighting counts for one
 * episode; sightings that match none are false alarms.
 */
public final class ThresholdMonitor {
    private ThresholdMonitor() {
    }

    /** An episode of the ideal counter above the threshold: {@code [start, end)}. */
    public record Episode(long start, long end) {
    }

    /** How one observer did. */
    public record Crossings(long period, int episodes, int noticed, int missed, int falseAlarms) {
    }

    /**
     * The episodes of the ideal counter that applies the write {@code codes[i]} (an amount, or
     * {@code resetCode}) at {@code times[i]} (ascending); an episode still open at the end closes at {@code end}.
     */
    public static List<Episode> episodes(long[] times, long[] codes, long resetCode, long threshold, long end) {
        List<Episode> out = new ArrayList<>();
        long value = 0;
        long start = -1;
        for (int i = 0; i < times.length; i++) {
            value = codes[i] == resetCode ? 0 : value + codes[i];
            if (value > threshold && start < 0) {
                start = times[i];
            } else if (value <= threshold && start >= 0) {
                out.add(new Episode(start, times[i]));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(new Episode(start, Math.max(start, end)));
        }
        return out;
    }

    /** The upward crossings in a sequence of observed values (starting from 0): when each was seen. */
    public static long[] sightings(long[] times, long[] values, int n, long threshold) {
        long[] out = new long[n];
        int k = 0;
        long previous = 0;
        for (int i = 0; i < n; i++) {
            if (previous <= threshold && values[i] > threshold) {
                out[k++] = times[i];
            }
            previous = values[i];
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** Matches sightings (ascending) to episodes greedily in time order. */
    public static Crossings compare(long period, List<Episode> episodes, long[] sightings, long grace) {
        int noticed = 0;
        int s = 0;
        boolean[] used = new boolean[sightings.length];
        for (Episode e : episodes) {
            while (s < sightings.length && sightings[s] < e.start()) {
                s++;
            }
            if (s < sightings.length && sightings[s] < e.end() + grace) {
                used[s++] = true;
                noticed++;
            }
        }
        int unused = 0;
        for (boolean u : used) {
            unused += u ? 0 : 1;
        }
        return new Crossings(period, episodes.size(), noticed, episodes.size() - noticed, unused);
    }
}
