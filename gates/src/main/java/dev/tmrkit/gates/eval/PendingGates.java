package dev.tmrkit.gates.eval;

/**
 * The gates waiting to be evaluated during one fault's propagation, as a two-level bit set over topological
 * positions: bit k of {@code bits} when gate k is pending, bit i of {@code summary} when word i of
 * {@code bits} is non-zero. Taking the lowest gate is two trailing-zero counts.
 */
final class PendingGates {
    private final long[] bits;
    private final long[] summary;
    /** Summary words below this one are empty during the current propagation. */
    private int scan;

    PendingGates(int gates) {
        bits = new long[(gates + 63) / 64 + 1];
        summary = new long[(bits.length + 63) / 64];
    }

    /** Starts a propagation (the set is empty after the previous one was drained). */
    void restart() {
        scan = 0;
    }

    void add(int k) {
        bits[k >>> 6] |= 1L << k;
        summary[k >>> 12] |= 1L << (k >>> 6);
    }

    /**
     * The lowest pending gate, removed from the set, or -1 when none is pending. Gates are only ever added
     * above the last one taken (a reader comes after the gate it reads), so lower words need no second look.
     */
    int pop() {
        long[] sum = summary;
        for (int si = scan; si < sum.length; si++) {
            long sm = sum[si];
            if (sm != 0) {
                scan = si;
                int wi = si << 6 | Long.numberOfTrailingZeros(sm);
                long b = bits[wi];
                int k = wi << 6 | Long.numberOfTrailingZeros(b);
                b &= b - 1;
                bits[wi] = b;
                if (b == 0) {
                    sum[si] = sm & (sm - 1);
                }
                return k;
            }
        }
        return -1;
    }
}
