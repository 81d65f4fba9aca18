package dev.tmrkit.stateful.measure;

/**
 * Percentiles (nearest rank) of a set of lag samples, in microseconds; all 0 when there are none. The
 * ranks are found by selection, in linear expected time, not by sorting.
 */
public record LagStats(long count, long p50, long p99, long max) {
    /** No samples. */
    public static final LagStats EMPTY = new LagStats(0, 0, 0, 0);

    /** The statistics of {@code samples[0..n)} (the array is reordered in place). */
    public static LagStats of(long[] samples, int n) {
        if (n == 0) {
            return EMPTY;
        }
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, samples[i]);
        }
        long p99 = select(samples, n, rank(n, 0.99));
        long p50 = select(samples, rank(n, 0.99) + 1, rank(n, 0.50));
        return new LagStats(n, p50, p99, max);
    }

    /** The 0-based index of the nearest-rank {@code p} percentile of {@code n} samples. */
    static int rank(int n, double p) {
        return Math.max(0, (int) Math.ceil(p * n) - 1);
    }

    /**
     * The {@code k}-th smallest of {@code a[0..n)} (0-based); afterwards {@code a[0..k)} holds values no
     * larger and {@code a[k+1..n)} values no smaller. Quickselect with the median of three as pivot.
     */
    static long select(long[] a, int n, int k) {
        int lo = 0, hi = n - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            long x = a[lo], y = a[mid], z = a[hi];
            long pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }
}
