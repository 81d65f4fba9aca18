package dev.tmrkit.gates.eval;

/**
 * Fault-parallel propagation of up to 64 fanout-stem flips at once under a single pattern, beside a
 * {@link StuckAtPropagator} on a chunk of one word: lane j of every word carries the circuit with stem j
 * flipped and nothing else, all lanes on the same input pattern (one lane of the propagator's good values,
 * {@link #pattern(int)}). Where most stems still hold a live fault (the first patterns of a fault-dropping
 * run), one pass here replaces up to 64 single-stem propagations over 64 patterns.
 *
 * <p>So many lanes reach so much of the circuit that a pass evaluates every gate from the first reader of a
 * flipped stem on, in topological order, without tracking events. Exact lane by lane: a stem that another
 * flipped stem's lane reaches is re-evaluated from its inputs and its own lane flipped again (in its own
 * lane its inputs are fault-free). Use from one thread at a time.
 */
public final class StemLanes {
    private final StuckAtPropagator prop;
    private final byte[] op;
    private final int[] out;
    private final int[] inStart;
    private final int[] in;
    private final int[] readerStart;
    private final int[] readers;
    private final int[] outputs;
    /** The broadcast pattern (every lane the same), the values under the flips, and the lanes each net is flipped in. */
    private final long[] good;
    private final long[] faulty;
    private final long[] flipped;
    private final int[] changed;
    private int changedCount;
    private final int[] injected;
    private int injectedCount;
    private int events;
    private boolean swept;

    /** Lanes beside {@code prop}, which must be on chunks of one word when {@link #pattern(int)} is called. */
    public StemLanes(StuckAtPropagator prop) {
        FanoutRegions r = prop.regions();
        CompiledEvaluator c = r.compiled;
        this.prop = prop;
        this.op = c.op;
        this.out = c.out;
        this.inStart = c.inStart;
        this.in = c.in;
        this.readerStart = r.readerStart;
        this.readers = r.readers;
        this.outputs = c.outputs;
        int nets = c.netCount;
        good = new long[nets];
        faulty = new long[nets];
        flipped = new long[nets];
        changed = new int[outputs.length];
        injected = new int[64];
    }

    /** Sets every lane to pattern {@code lane} (0..63) of the propagator's current one-word chunk. */
    public void pattern(int lane) {
        if (prop.words() != 1) {
            throw new IllegalStateException("stem lanes need a chunk of one word, not " + prop.words());
        }
        restore();
        long[][] g = prop.goodValues();
        for (int n = 0; n < good.length; n++) {
            long v = -(g[n][0] >>> lane & 1L);
            good[n] = v;
            faulty[n] = v;
        }
    }

    /**
     * Flips stem {@code stems[j]} in lane j (j < count ≤ 64; distinct stems) and propagates. Afterwards {@link #changedOutputs()}, {@link #changedOutput(int)}, {@link #output}
     * and {@link #goodOutput} describe the outputs, lane j under stem j's flip.
     */
    public void propagate(int[] stems, int count) {
        if (count < 0 || count > 64) {
            throw new IllegalArgumentException("1..64 stems per pass: " + count);
        }
        restore();
        int start = op.length;
        for (int j = 0; j < count; j++) {
            int s = stems[j];
            flipped[s] = 1L << j;
            injected[injectedCount++] = s;
            faulty[s] = good[s] ^ flipped[s];
            if (readerStart[s] < readerStart[s + 1]) {
                start = Math.min(start, readers[readerStart[s]]);   // each net's readers in increasing position
            }
        }
        long[] f = faulty;
        for (int k = start; k < op.length; k++) {
            int s = inStart[k];
            int arity = inStart[k + 1] - s;
            int n = out[k];
            long r;
            if (arity == 2) {
                r = StuckAtPropagator.twoInputs(op[k], f[in[s]], f[in[s + 1]]);
            } else if (arity == 1) {
                r = StuckAtPropagator.oneInput(op[k], f[in[s]]);
            } else {
                CompiledEvaluator.kernel(op[k], f, n, in, s, s + arity, 1);
                r = f[n];
            }
            f[n] = r ^ flipped[n];
        }
        swept = true;
        changedCount = 0;
        for (int o = 0; o < outputs.length; o++) {
            if (f[outputs[o]] != good[outputs[o]]) {
                changed[changedCount++] = o;
            }
        }
        events = op.length - start;
    }

    /** How many gates the last pass evaluated (every gate from the first reader of a flipped stem on). */
    public int lastEvents() {
        return events;
    }

    /** Puts back the pattern's values of the nets the last pass changed and clears its flips. */
    private void restore() {
        if (swept) {
            System.arraycopy(good, 0, faulty, 0, good.length);
            swept = false;
        }
        for (int j = 0; j < injectedCount; j++) {
            flipped[injected[j]] = 0L;
        }
        changedCount = 0;
        injectedCount = 0;
    }

    /** How many output ports the last pass changed in some lane. */
    public int changedOutputs() {
        return changedCount;
    }

    /** The j-th changed output (output index, declared order). */
    public int changedOutput(int j) {
        return changed[j];
    }

    /** Output {@code index} under the last pass, lane j under stem j's flip. */
    public long output(int index) {
        return faulty[outputs[index]];
    }

    /** Output {@code index} in the fault-free circuit on the current pattern (every lane alike). */
    public long goodOutput(int index) {
        return good[outputs[index]];
    }
}
