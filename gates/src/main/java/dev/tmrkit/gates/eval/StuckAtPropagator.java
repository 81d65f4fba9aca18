package dev.tmrkit.gates.eval;

/**
 * The building blocks of parallel-pattern single stuck-at fault simulation over a combinational {@link
 * CompiledEvaluator}, in the manner of PPSFP simulators with critical path tracing: the fault-free circuit
 * is evaluated once per chunk of pattern words ({@link #evaluateGood()}); within each fanout-free region
 * the lanes in which a net's flip reaches the region's stem are traced backwards, along the paths of the
 * faults asked about ({@link #traceRegion}, {@link RegionTrace}); and only stems are propagated forward ({@link #propagateFlip}), event-driven,
 * re-evaluating in topological order just the gates a changed net reaches and stopping wherever the faulty
 * value equals the good one. Nothing is allocated per fault: the readers of each net in flat arrays; the good
 * values one array per net (no gate's output array is one of its inputs, so C2 vectorises the loops over
 * words); a view of each net's array under the flip, pointing at a spare array only where the net changed and
 * put back after each propagation, so that gates read their inputs without asking which are faulty and nothing
 * is copied; pending gates as a two-level bit set over topological positions
 * (gates are evaluated in increasing position, so every input is final when a gate is read); gates of one
 * or two inputs on one word evaluated without branching on the operation.
 *
 * <p>Only combinational netlists (no flip-flops). Use from one thread at a time.
 */
public final class StuckAtPropagator {
    /** Per opcode, for gates of two inputs on one word: {@code ((((a ^ inv) & (b ^ inv)) & and) | ((a ^ b) & xor)) ^ outInv}. */
    private static final long[] INV = new long[10];
    private static final long[] AND_MASK = new long[10];
    private static final long[] XOR_MASK = new long[10];
    private static final long[] OUT_INV = new long[10];

    static {
        for (byte op : new byte[] {CompiledEvaluator.AND, CompiledEvaluator.NAND, CompiledEvaluator.OR, CompiledEvaluator.NOR}) {
            AND_MASK[op] = -1L;
        }
        INV[CompiledEvaluator.OR] = -1L;      // a | b = ~(~a & ~b)
        INV[CompiledEvaluator.NOR] = -1L;
        OUT_INV[CompiledEvaluator.OR] = -1L;
        OUT_INV[CompiledEvaluator.NAND] = -1L;
        XOR_MASK[CompiledEvaluator.XOR] = -1L;
        XOR_MASK[CompiledEvaluator.XNOR] = -1L;
        OUT_INV[CompiledEvaluator.XNOR] = -1L;
        OUT_INV[CompiledEvaluator.NOT] = -1L;  // one input: a ^ outInv
    }

    private final FanoutRegions regions;
    private final CompiledEvaluator c;
    private final int maxWords;
    private final int nets;
    private final byte[] op;
    private final int[] out;
    private final int[] inStart;
    private final int[] in;
    /** Readers (topological positions) of net n: {@code readers[readerStart[n] .. readerStart[n+1])}. */
    private final int[] readerStart;
    private final int[] readers;
    /** Output indices on net n: {@code outputsOn[outputStart[n] .. outputStart[n+1])}. */
    private final int[] outputStart;
    private final int[] outputsOn;
    /**
     * Good values, one array per net; {@code view[n]} is net n's array under the last propagated flip:
     * {@code good[n]} where it is unchanged, {@code spare[n]} where it changed. Nothing is copied per propagation.
     */
    private final long[][] good;
    private final long[][] spare;
    private final long[][] view;
    /** Nets whose faulty value differs from the good one since the last restore. */
    private final int[] changedNets;
    private int changedNetCount;
    private final PendingGates pending;
    private final int[] changed;
    private int changedCount;
    private int words;
    private int events;
    /** Per net, the stem of its fanout-free region. */
    private final int[] stemOf;
    private final RegionTrace trace;

    /**
     * @param maxWords the widest chunk (64-pattern words) that {@link #words(int)} may later ask for
     * @throws IllegalArgumentException when the netlist has flip-flops
     */
    public StuckAtPropagator(CompiledEvaluator compiled, int maxWords) {
        this(FanoutRegions.of(compiled), maxWords);
    }

    /**
     * A propagator over regions computed once for the circuit (they hold no simulation state, so one serves
     * every thread).
     *
     * @param maxWords the widest chunk (64-pattern words) that {@link #words(int)} may later ask for
     */
    public StuckAtPropagator(FanoutRegions regions, int maxWords) {
        CompiledEvaluator compiled = regions.compiled;
        if (maxWords < 1) {
            throw new IllegalArgumentException("words must be >= 1: " + maxWords);
        }
        this.regions = regions;
        this.c = compiled;
        this.maxWords = maxWords;
        this.nets = compiled.netCount;
        this.op = compiled.op;
        this.out = compiled.out;
        this.inStart = compiled.inStart;
        this.in = compiled.in;
        int g = op.length;
        this.readerStart = regions.readerStart;
        this.readers = regions.readers;
        this.outputStart = regions.outputStart;
        this.outputsOn = regions.outputsOn;
        this.stemOf = regions.stemOf;
        good = new long[nets][maxWords];
        spare = new long[nets][maxWords];
        view = good.clone();
        changedNets = new int[nets];
        pending = new PendingGates(g);
        changed = new int[compiled.outputs.length];
        trace = new RegionTrace(regions, maxWords);
        words(maxWords);
    }

    /** Sets the chunk width for the following {@link #setInput} and {@link #evaluateGood()} calls. */
    public void words(int w) {
        if (w < 1 || w > maxWords) {
            throw new IllegalArgumentException("words must be in 1.." + maxWords + ": " + w);
        }
        words = w;
    }

    public int words() {
        return words;
    }

    /** Word {@code w} of primary input {@code index} (declared order). */
    public void setInput(int index, int w, long bits) {
        good[c.inputs[index]][w] = bits;
    }

    /** Sets words {@code 0 .. words()} of primary input {@code index} to {@code src[from ..]}. */
    public void setInputWords(int index, long[] src, int from) {
        System.arraycopy(src, from, good[c.inputs[index]], 0, words);
    }

    /** Evaluates the fault-free circuit on the current inputs. */
    public void evaluateGood() {
        restore();
        int w = words;
        for (int k = 0; k < op.length; k++) {
            ViewKernel.kernel(op[k], good[out[k]], good, in, inStart[k], inStart[k + 1], w);
        }
    }

    /**
     * Propagates a flip of {@code net} in the lanes of {@code lanes} (word by word; its faulty value is
     * {@code good ^ lanes}) through the circuit on the good values of the last {@link #evaluateGood()}.
     * Afterwards {@link #changedOutputs()} tells how many outputs differ from the fault-free circuit in some
     * lane, {@link #changedOutput(int)} which, and {@link #output} their words. In a lane where a fault
     * changes the value of a fanout stem and nothing else outside the stem's fanout-free region, the outputs
     * are exactly these.
     */
    public void propagateFlip(int net, long[] lanes) {
        int w = words;
        restore();
        long[] g = good[net];
        long[] f = spare[net];
        for (int i = 0; i < w; i++) {
            f[i] = g[i] ^ lanes[i];
        }
        view[net] = f;
        pending.restart();
        markChanged(net);
        if (w == 1) {
            propagateOneWord();
            return;
        }
        int e = 0;
        for (int k = pending.pop(); k >= 0; k = pending.pop()) {
            e++;
            int n = out[k];
            long[] o = spare[n];
            ViewKernel.kernel(op[k], o, view, in, inStart[k], inStart[k + 1], w);
            long[] gn = good[n];
            long d = 0;
            for (int i = 0; i < w; i++) {
                d |= o[i] ^ gn[i];
            }
            if (d != 0) {
                view[n] = o;
                markChanged(n);
            }
        }
        events = e;
    }

    /** {@link #propagateFlip} on a chunk of one word: gates of one or two inputs without a branch on the operation. */
    private void propagateOneWord() {
        long[][] v = view;
        int e = 0;
        for (int k = pending.pop(); k >= 0; k = pending.pop()) {
            e++;
            int s = inStart[k];
            int arity = inStart[k + 1] - s;
            byte o = op[k];
            int n = out[k];
            long r;
            if (arity == 2) {
                r = twoInputs(o, v[in[s]][0], v[in[s + 1]][0]);
            } else if (arity == 1) {
                r = oneInput(o, v[in[s]][0]);
            } else {
                ViewKernel.kernel(o, spare[n], v, in, s, s + arity, 1);
                r = spare[n][0];
            }
            if (r != good[n][0]) {
                spare[n][0] = r;
                v[n] = spare[n];
                markChanged(n);
            }
        }
        events = e;
    }

    /** How many gates the last {@link #propagateFlip} evaluated. */
    public int lastEvents() {
        return events;
    }

    /** A gate of two inputs on one word, without a branch on the operation. */
    static long twoInputs(byte o, long a, long b) {
        long inv = INV[o];
        return ((((a ^ inv) & (b ^ inv)) & AND_MASK[o]) | ((a ^ b) & XOR_MASK[o])) ^ OUT_INV[o];
    }

    /** A gate of one input (NOT or BUF) on one word. */
    static long oneInput(byte o, long a) {
        return a ^ OUT_INV[o];
    }

    FanoutRegions regions() {
        return regions;
    }

    /** The good values, one array per net (word w of net n at {@code [n][w]}). */
    long[][] goodValues() {
        return good;
    }

    /** Puts back the good values of the nets the last propagation changed. */
    private void restore() {
        for (int j = 0; j < changedNetCount; j++) {
            int n = changedNets[j];
            view[n] = good[n];
        }
        changedNetCount = 0;
        changedCount = 0;
    }

    /**
     * Starts critical path tracing in the fanout-free region of {@code stem} on the current good values: the
     * following {@link #branchFlips} and {@link #stemFlips} calls for faults of this region trace the paths
     * they need (the product of the gates' sensitivities along the unique path to the stem).
     */
    public void traceRegion(int stem) {
        trace.start(stem, good, words);
    }

    /**
     * The lanes, word by word into {@code dest[off .. off + words)}, in which a stuck-at-{@code value} fault on
     * input pin {@code pin} of the gate at topological position {@code k} flips the stem of the gate's region:
     * activated on the pin's net, sensitised through the gate, observed at the stem. Returns their union.
     */
    public long branchFlips(int k, int pin, boolean value, long[] dest, int off) {
        int w = words;
        int s = inStart[k];
        int arity = inStart[k + 1] - s;
        long[] gx = good[in[s + pin]];
        int y = trace.observed(out[k]);
        long[] obs = trace.obs;
        long act = value ? -1L : 0L;
        byte o = op[k];
        long any = 0;
        if (o <= CompiledEvaluator.NOR) {
            long invert = o == CompiledEvaluator.OR || o == CompiledEvaluator.NOR ? -1L : 0L;
            if (arity == 2) {
                long[] gb = good[in[s + 1 - pin]];
                for (int i = 0; i < w; i++) {
                    long m = (gx[i] ^ act) & obs[y + i] & (gb[i] ^ invert);
                    dest[off + i] = m;
                    any |= m;
                }
                return any;
            }
            for (int i = 0; i < w; i++) {
                long m = (gx[i] ^ act) & obs[y + i];
                for (int q = 0; q < arity; q++) {
                    if (q != pin) {
                        m &= good[in[s + q]][i] ^ invert;
                    }
                }
                dest[off + i] = m;
                any |= m;
            }
            return any;
        }
        boolean passes = o != CompiledEvaluator.CONST0 && o != CompiledEvaluator.CONST1;
        for (int i = 0; i < w; i++) {
            long m = passes ? (gx[i] ^ act) & obs[y + i] : 0L;
            dest[off + i] = m;
            any |= m;
        }
        return any;
    }

    /**
     * The lanes, word by word into {@code dest[off .. off + words)}, in which a stuck-at-{@code value} fault on
     * {@code net} flips the stem of its region. Returns their union.
     */
    public long stemFlips(int net, boolean value, long[] dest, int off) {
        int w = words;
        int x = trace.observed(net);
        long[] obs = trace.obs;
        long[] g = good[net];
        long act = value ? -1L : 0L;
        long any = 0;
        for (int i = 0; i < w; i++) {
            long m = (g[i] ^ act) & obs[x + i];
            dest[off + i] = m;
            any |= m;
        }
        return any;
    }

    /** The fanout stem whose fanout-free region holds {@code net}: the net itself when it is a stem. */
    public int stemOf(int net) {
        return stemOf[net];
    }

    /** Word {@code w} of net {@code net} in the fault-free circuit. */
    public long good(int net, int w) {
        return good[net][w];
    }

    /** Topological position of netlist gate {@code gate}, -1 when it is not combinational. */
    public int positionOf(int gate) {
        return gate >= 0 && gate < c.positionOfGate.length ? c.positionOfGate[gate] : -1;
    }

    /** Number of input pins of the gate at topological position {@code k}. */
    public int arity(int k) {
        return inStart[k + 1] - inStart[k];
    }

    /** The output net of the gate at topological position {@code k}. */
    public int outputNet(int k) {
        return out[k];
    }

    /** The net on input pin {@code pin} of the gate at topological position {@code k}. */
    public int inputNet(int k, int pin) {
        return in[inStart[k] + pin];
    }

    public int netCount() {
        return nets;
    }

    public int outputCount() {
        return c.outputs.length;
    }

    private void markChanged(int net) {
        changedNets[changedNetCount++] = net;
        for (int i = outputStart[net]; i < outputStart[net + 1]; i++) {
            changed[changedCount++] = outputsOn[i];
        }
        for (int i = readerStart[net]; i < readerStart[net + 1]; i++) {
            pending.add(readers[i]);
        }
    }

    /** How many output ports the last propagated fault changed in some lane. */
    public int changedOutputs() {
        return changedCount;
    }

    /** The j-th changed output (output index, declared order). */
    public int changedOutput(int j) {
        return changed[j];
    }

    /** Word {@code w} of output {@code index} under the last propagated fault. */
    public long output(int index, int w) {
        return view[c.outputs[index]][w];
    }

    /** Word {@code w} of output {@code index} in the fault-free circuit. */
    public long goodOutput(int index, int w) {
        return good[c.outputs[index]][w];
    }
}
