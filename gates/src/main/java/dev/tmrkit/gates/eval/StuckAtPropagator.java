package dev.tmrkit.gates.eval;

import java.util.Arrays;

/**
 * The building blocks of parallel-pattern single stuck-at fault simulation over a combinational {@link
 * CompiledEvaluator}, in the manner of PPSFP simulators with critical path tracing: the fault-free circuit
 * is evaluated once per chunk of pattern words ({@link #evaluateGood()}); within each fanout-free region
 * the lanes in which a net's flip reaches the region's stem are traced backwards ({@link
 * #traceCriticalPaths()}); and only stems are propagated forward ({@link #propagateFlip}), event-driven,
 * re-evaluating in topological order just the gates a changed net reaches and stopping wherever the faulty
 * value equals the good one. Flat arrays throughout (readers of each net, per-level buckets of pending gates,
 * per-net epoch stamps for faulty values), so nothing is allocated per fault.
 *
 * <p>Only combinational netlists (no flip-flops). Use from one thread at a time.
 */
public final class StuckAtPropagator {
    private final CompiledEvaluator c;
    private final int maxWords;
    private final int nets;
    /** The {@link FanoutStructure}'s arrays, held directly for the inner loops. */
    private final int[] readerStart;
    private final int[] readers;
    private final int[] outputStart;
    private final int[] outputsOn;
    private final int[] levelOf;
    private final int[] levelStart;
    private final int[] stemOf;
    /** Values, net-major with stride {@code words}: good value of net n at n, faulty value at nets + n. */
    private final long[] v;
    private final int[] faultyStamp;
    private final int[] queuedStamp;
    /** Pending gates by logic level: level l's bucket is {@code bucket[levelStart[l] .. levelStart[l] + pending[l])}. */
    private final int[] pending;
    private final int[] bucket;
    private int lowest;
    private final int[] pins;
    private final int[] changed;
    private int changedCount;
    private int queued;
    private int epoch;
    private int words;
    /** Critical-path observabilities, stride {@code words}. */
    private final long[] obs;

    /**
     * @param maxWords the widest chunk (64-pattern words) that {@link #words(int)} may later ask for
     * @throws IllegalArgumentException when the netlist has flip-flops
     */
    public StuckAtPropagator(CompiledEvaluator compiled, int maxWords) {
        if (compiled.dffGate.length > 0) {
            throw new IllegalArgumentException("event-driven propagation needs a combinational netlist");
        }
        if (maxWords < 1) {
            throw new IllegalArgumentException("words must be >= 1: " + maxWords);
        }
        this.c = compiled;
        this.maxWords = maxWords;
        this.nets = compiled.netCount;
        int g = compiled.op.length;
        FanoutStructure f = new FanoutStructure(compiled);
        readerStart = f.readerStart;
        readers = f.readers;
        outputStart = f.outputStart;
        outputsOn = f.outputsOn;
        levelOf = f.levelOf;
        levelStart = f.levelStart;
        stemOf = f.stemOf;
        v = new long[Math.multiplyExact(2 * nets, maxWords)];
        faultyStamp = new int[nets];
        queuedStamp = new int[g];
        pending = new int[Math.max(1, f.depth)];
        bucket = new int[g];

        pins = new int[compiled.maxArity];
        changed = new int[compiled.outputs.length];
        obs = new long[Math.multiplyExact(nets, maxWords)];
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
        v[c.inputs[index] * words + w] = bits;
    }

    /** Evaluates the fault-free circuit on the current inputs. */
    public void evaluateGood() {
        c.evaluateAll(v, words);
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
        epoch++;
        changedCount = 0;
        queued = 0;
        lowest = Integer.MAX_VALUE;
        int w = words;
        for (int i = 0; i < w; i++) {
            v[(nets + net) * w + i] = v[net * w + i] ^ lanes[i];
        }
        markChanged(net);
        while (queued > 0) {
            int k = pop();
            int s = c.inStart[k];
            int arity = c.inStart[k + 1] - s;
            for (int p = 0; p < arity; p++) {
                int in = c.in[s + p];
                pins[p] = faultyStamp[in] == epoch ? nets + in : in;
            }
            evaluateFaulty(k, arity);
        }
    }

    /**
     * Computes, for every net of the fanout-free regions whose stems are marked in {@code regions}
     * (indexed by stem net), the lanes in which flipping it flips the region's stem (critical path tracing:
     * the product of the gates' sensitivities along the unique path to the stem).
     */
    public void traceCriticalPaths(boolean[] regions) {
        int w = words;
        for (int n = 0; n < nets; n++) {
            if (regions[n]) {
                Arrays.fill(obs, n * w, n * w + w, -1L);
            }
        }
        for (int k = c.op.length - 1; k >= 0; k--) {
            int yNet = c.out[k];
            if (!regions[stemOf[yNet]]) {
                continue;
            }
            int y = yNet * w;
            int s = c.inStart[k];
            int arity = c.inStart[k + 1] - s;
            byte op = c.op[k];
            if (arity == 2 && op <= CompiledEvaluator.NOR) {
                long invert = op == CompiledEvaluator.OR || op == CompiledEvaluator.NOR ? -1L : 0L;
                int a = c.in[s];
                int b = c.in[s + 1];
                if (stemOf[a] != a) {
                    for (int i = 0; i < w; i++) {
                        obs[a * w + i] = obs[y + i] & (v[b * w + i] ^ invert);
                    }
                }
                if (stemOf[b] != b) {
                    for (int i = 0; i < w; i++) {
                        obs[b * w + i] = obs[y + i] & (v[a * w + i] ^ invert);
                    }
                }
                continue;
            }
            boolean andLike = op <= CompiledEvaluator.NOR;
            long invert = op == CompiledEvaluator.OR || op == CompiledEvaluator.NOR ? -1L : 0L;
            for (int p = 0; p < arity; p++) {
                int x = c.in[s + p];
                if (stemOf[x] == x) {
                    continue;               // a stem: not in this region
                }
                if (!andLike) {             // XOR, XNOR, NOT, BUF pass every flip
                    System.arraycopy(obs, y, obs, x * w, w);
                    continue;
                }
                for (int i = 0; i < w; i++) {
                    long m = obs[y + i];
                    for (int q = 0; q < arity; q++) {
                        if (q != p) {
                            m &= v[c.in[s + q] * w + i] ^ invert;
                        }
                    }
                    obs[x * w + i] = m;
                }
            }
        }
    }

    /** Lanes of word {@code w} in which flipping {@code net} flips the stem of its fanout-free region. */
    public long observability(int net, int w) {
        return obs[net * words + w];
    }

    /**
     * Lanes of word {@code w} in which flipping input pin {@code pin} of the gate at topological position
     * {@code k} flips the gate's output, the other inputs holding their good values.
     */
    public long sensitivity(int k, int pin, int w) {
        int s = c.inStart[k];
        int e = c.inStart[k + 1];
        switch (c.op[k]) {
            case CompiledEvaluator.AND:
            case CompiledEvaluator.NAND: {
                long m = -1L;
                for (int q = s; q < e; q++) {
                    m &= q - s == pin ? -1L : v[c.in[q] * words + w];
                }
                return m;
            }
            case CompiledEvaluator.OR:
            case CompiledEvaluator.NOR: {
                long m = -1L;
                for (int q = s; q < e; q++) {
                    m &= q - s == pin ? -1L : ~v[c.in[q] * words + w];
                }
                return m;
            }
            case CompiledEvaluator.CONST0:
            case CompiledEvaluator.CONST1:
                return 0L;
            default:
                return -1L;    // XOR, XNOR, NOT, BUF
        }
    }

    /** The fanout stem whose fanout-free region holds {@code net}: the net itself when it is a stem. */
    public int stemOf(int net) {
        return stemOf[net];
    }

    /** Word {@code w} of net {@code net} in the fault-free circuit. */
    public long good(int net, int w) {
        return v[net * words + w];
    }

    /** Topological position of netlist gate {@code gate}, -1 when it is not combinational. */
    public int positionOf(int gate) {
        return gate >= 0 && gate < c.positionOfGate.length ? c.positionOfGate[gate] : -1;
    }

    /** Number of input pins of the gate at topological position {@code k}. */
    public int arity(int k) {
        return c.inStart[k + 1] - c.inStart[k];
    }

    /** The output net of the gate at topological position {@code k}. */
    public int outputNet(int k) {
        return c.out[k];
    }

    /** The net on input pin {@code pin} of the gate at topological position {@code k}. */
    public int inputNet(int k, int pin) {
        return c.in[c.inStart[k] + pin];
    }

    public int netCount() {
        return nets;
    }

    public int outputCount() {
        return c.outputs.length;
    }

    /** Evaluates gate k from the virtual nets in {@code pins}; schedules its readers if its output changed. */
    private void evaluateFaulty(int k, int arity) {
        int w = words;
        int net = c.out[k];
        int o = (nets + net) * w;
        CompiledEvaluator.kernel(c.op[k], v, o, pins, 0, arity, w);
        if (differs(net * w, o, w)) {
            markChanged(net);
        }
    }

    private boolean differs(int a, int b, int w) {
        long d = 0;
        for (int i = 0; i < w; i++) {
            d |= v[a + i] ^ v[b + i];
        }
        return d != 0;
    }

    private void markChanged(int net) {
        faultyStamp[net] = epoch;
        for (int i = outputStart[net]; i < outputStart[net + 1]; i++) {
            changed[changedCount++] = outputsOn[i];
        }
        for (int i = readerStart[net]; i < readerStart[net + 1]; i++) {
            int k = readers[i];
            if (queuedStamp[k] != epoch) {
                queuedStamp[k] = epoch;
                push(k);
            }
        }
    }

    private void push(int k) {
        int l = levelOf[k];
        bucket[levelStart[l] + pending[l]++] = k;
        lowest = Math.min(lowest, l);
        queued++;
    }

    /** A pending gate of the lowest pending level: its inputs are final, as gates of one level never read each other. */
    private int pop() {
        while (pending[lowest] == 0) {
            lowest++;
        }
        queued--;
        return bucket[levelStart[lowest] + --pending[lowest]];
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
        int net = c.outputs[index];
        return faultyStamp[net] == epoch ? v[(nets + net) * words + w] : v[net * words + w];
    }

    /** Word {@code w} of output {@code index} in the fault-free circuit. */
    public long goodOutput(int index, int w) {
        return v[c.outputs[index] * words + w];
    }
}
