package dev.tmrkit.gates.eval;

import java.util.Arrays;

/**
 * Critical path tracing inside one fanout-free region at a time, for {@link StuckAtPropagator}: the lanes in
 * which flipping a net of the region flips the region's stem, the product of the gates' sensitivities along the
 * net's unique path to the stem. Computed on demand and remembered until the next {@link #start}: late in a
 * fault-dropping run a region holds few live faults, and only their paths are traced.
 */
final class RegionTrace {
    private final byte[] op;
    private final int[] out;
    private final int[] inStart;
    private final int[] in;
    private final int[] stemOf;
    private final int[] readerStart;
    private final int[] readers;
    /** Observabilities, net-major with stride {@code w}; valid for nets whose stamp is {@code current}. */
    final long[] obs;
    private final int[] stamp;
    private final int[] path;
    private int current;
    private int stem = -1;
    private long[][] good;
    private int w;

    RegionTrace(FanoutRegions r, int maxWords) {
        CompiledEvaluator c = r.compiled;
        this.op = c.op;
        this.out = c.out;
        this.inStart = c.inStart;
        this.in = c.in;
        this.stemOf = r.stemOf;
        this.readerStart = r.readerStart;
        this.readers = r.readers;
        this.obs = new long[Math.multiplyExact(c.netCount, maxWords)];
        this.stamp = new int[c.netCount];
        this.path = new int[c.netCount];
    }

    /** Starts tracing the region of {@code stem} on the good values {@code good} (one array per net, {@code w} words). */
    void start(int stem, long[][] good, int w) {
        if (++current == 0) {           // wrapped: forget every stamp
            Arrays.fill(stamp, 0);
            current = 1;
        }
        this.stem = stem;
        this.good = good;
        this.w = w;
        Arrays.fill(obs, stem * w, stem * w + w, -1L);
        stamp[stem] = current;
    }

    /**
     * The offset in {@link #obs} of net {@code x}'s observabilities (the lanes in which flipping it flips the
     * stem), tracing its path to the stem where not yet done.
     *
     * @throws IllegalStateException when {@code x} is not in the region being traced
     */
    int observed(int x) {
        int top = 0;
        for (int y = x; stamp[y] != current; y = out[readers[readerStart[y]]]) {
            if (stemOf[y] == y) {
                throw new IllegalStateException("net " + x + " is not in the region of stem " + stem);
            }
            path[top++] = y;
        }
        for (int t = top - 1; t >= 0; t--) {
            sensitise(path[t]);
            stamp[path[t]] = current;
        }
        return x * w;
    }

    /** {@code obs} of non-stem net x from its only reader's: where every other input lets x's flip through. */
    private void sensitise(int x) {
        int k = readers[readerStart[x]];
        int y = out[k] * w;
        int s = inStart[k];
        int e = inStart[k + 1];
        byte o = op[k];
        int xo = x * w;
        if (o > CompiledEvaluator.NOR) {        // XOR, XNOR, NOT, BUF pass every flip
            System.arraycopy(obs, y, obs, xo, w);
            return;
        }
        long invert = o == CompiledEvaluator.OR || o == CompiledEvaluator.NOR ? -1L : 0L;
        if (e - s == 2) {
            long[] b = good[in[s] == x ? in[s + 1] : in[s]];
            for (int i = 0; i < w; i++) {
                obs[xo + i] = obs[y + i] & (b[i] ^ invert);
            }
            return;
        }
        System.arraycopy(obs, y, obs, xo, w);
        for (int q = s; q < e; q++) {
            if (in[q] != x) {
                long[] b = good[in[q]];
                for (int i = 0; i < w; i++) {
                    obs[xo + i] &= b[i] ^ invert;
                }
            }
        }
    }
}
