package dev.tmrkit.cli.shard;

import java.util.Arrays;

/**
 * How a list of fault sets is cut into N slices: runs of consecutive fault sets, dealt to the slices in turn (run
 * r goes to slice {@code r mod N + 1}). Runs are cut by work, not by count: each holds about 1/(64 N) of the list's
 * estimated work (see {@link #of(CampaignJob, int)}) and at most {@value Shard#MAX_RUN} fault sets. Neighbouring fault
 * sets share their propagation, so runs keep that work in one slice; cutting by work spreads a stretch of costly
 * fault sets (the stems of primary inputs, whose cones span every replica, come first in a list) over all slices
 * instead of giving it to the first few. Equal weights give runs of list length ÷ 64N (at least 1).
 */
public final class SliceLayout {
    /** Each slice gets about this many runs when the list is long enough. */
    static final int RUNS_PER_SLICE = 64;

    private final int count;
    private final int[] starts; // run r holds entries [starts[r], starts[r + 1]); the last element is the list length

    private SliceLayout(int count, int[] starts) {
        this.count = count;
        this.starts = starts;
    }

    /** The layout of {@code job}'s fault sets in {@code count} slices, weighed by their estimated work. */
    public static SliceLayout of(CampaignJob job, int count) {
        return count == 1 ? uniform(1, job.sets().size()) : of(count, job.campaign().workEstimates(job.sets()));
    }

    /** Runs of equal length (every fault set weighs 1). */
    public static SliceLayout uniform(int count, int entries) {
        long[] ones = new long[entries];
        Arrays.fill(ones, 1);
        return of(count, ones);
    }

    /** Runs of about equal {@code work} (one weight per fault set, each at least 1) dealt to {@code count} slices. */
    public static SliceLayout of(int count, long[] work) {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
        long total = 0;
        for (long w : work) {
            if (w < 1) {
                throw new IllegalArgumentException("a weight below 1: " + w);
            }
            total += w;
        }
        long target = Math.max(1, total / ((long) count * RUNS_PER_SLICE));
        int[] starts = new int[work.length + 1];
        int runs = 0;
        long acc = 0;
        for (int k = 0; k < work.length; k++) {
            acc += work[k];
            if (acc >= target || k + 1 - starts[runs] >= Shard.MAX_RUN) {
                starts[++runs] = k + 1;
                acc = 0;
            }
        }
        if (starts[runs] < work.length) {
            starts[++runs] = work.length;
        }
        return new SliceLayout(count, Arrays.copyOf(starts, runs + 1));
    }

    /** The number of slices. */
    public int count() {
        return count;
    }

    /** The length of the list. */
    public int entries() {
        return starts[starts.length - 1];
    }

    /** The number of runs. */
    public int runs() {
        return starts.length - 1;
    }

    /** The first fault set of run {@code r}. */
    int runStart(int r) {
        return starts[r];
    }

    /** The slice (from 1) that holds fault set {@code entry}. */
    public int owner(int entry) {
        if (entry < 0 || entry >= entries()) {
            throw new IndexOutOfBoundsException("fault set " + entry + " of " + entries());
        }
        int r = Arrays.binarySearch(starts, entry);
        int run = r >= 0 ? r : -r - 2;
        return run % count + 1;
    }

    /** How many fault sets slice {@code slice} (from 1) holds. */
    public int size(int slice) {
        int n = 0;
        for (int r = slice - 1; r < runs(); r += count) {
            n += starts[r + 1] - starts[r];
        }
        return n;
    }
}
