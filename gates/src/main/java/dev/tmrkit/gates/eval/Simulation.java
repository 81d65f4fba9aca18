package dev.tmrkit.gates.eval;

import dev.tmrkit.gates.fault.Fault;
import java.util.Arrays;
import java.util.List;

/**
 * The mutable state of one bit-parallel run of a {@link CompiledEvaluator}: input words, every net's
 * value for the current cycle, flip-flop state per pattern lane, and an optional fault overlay. Lane
 * {@code l} is bit {@code l % 64} of word {@code l / 64}. Use from one thread at a time.
 *
 * <p>The cycle contract: {@link #evaluate()} computes every net of the current cycle from the inputs
 * and the flip-flop state; {@link #clock()} latches every DFF's D input and advances the cycle.
 */
public final class Simulation {
    private final CompiledEvaluator c;
    private final int words;
    private final long[] values;   // net-major: values[net * words + w]; plus scratch nets for faulty pins
    private final long[] inputWords;
    private long[] state;
    private long[] next;
    private final int[] scratchIndex;
    private FaultOverlay overlay = FaultOverlay.NONE;
    /** Dense lookup of the installed overlay: faults per net, per gate position's pins, per DFF, per port. */
    private Fault[][] netFaults;
    private Fault[][][] pinFaults;
    private Fault[][] dffFaults;
    private Fault[][] portFaults;
    private int cycle;
    private int evaluatedCycle;
    private long[] saved;
    /** Set by {@link #observeOnly}: the folded program and its value slots; used while no fault is installed. */
    private LeanProgram lean;
    private long[][] slots;
    /** True when the last {@link #evaluate()} ran the lean program, so only observed nets hold values. */
    private boolean leanValues;

    Simulation(CompiledEvaluator compiled, int words) {
        if (words < 1) {
            throw new IllegalArgumentException("words must be >= 1: " + words);
        }
        this.c = compiled;
        this.words = words;
        this.values = new long[Math.multiplyExact(c.netCount + c.maxArity, words)];
        this.inputWords = new long[c.inputs.length * words];
        this.state = new long[c.dffQ.length * words];
        this.next = new long[c.dffQ.length * words];
        this.scratchIndex = new int[c.maxArity];
        for (int i = 0; i < scratchIndex.length; i++) {
            scratchIndex[i] = c.netCount + i;
        }
    }

    public int words() {
        return words;
    }

    public int lanes() {
        return words * 64;
    }

    public int cycle() {
        return cycle;
    }

    public CompiledEvaluator compiled() {
        return c;
    }

    /** Installs faults (replacing any earlier ones); they apply from the next {@link #evaluate()}. */
    public Simulation setFaults(List<? extends Fault> faults) {
        return setFaults(c.overlay(faults));
    }

    /** Installs a precompiled fault set (replacing any earlier one). */
    public Simulation setFaults(FaultOverlay faults) {
        if (netFaults == null) {
            netFaults = new Fault[c.netCount][];
            pinFaults = new Fault[c.op.length][][];
            dffFaults = new Fault[c.dffGate.length][];
            portFaults = new Fault[c.outputs.length][];
        }
        FaultOverlay old = overlay;
        for (int net : old.stemNets) {
            netFaults[net] = null;
        }
        for (int k : old.pinPositions) {
            pinFaults[k] = null;
        }
        for (int k : old.dffs) {
            dffFaults[k] = null;
        }
        for (int k : old.ports) {
            portFaults[k] = null;
        }
        for (int i = 0; i < faults.stemNets.length; i++) {
            netFaults[faults.stemNets[i]] = faults.stemFaults[i];
        }
        for (int i = 0; i < faults.pinPositions.length; i++) {
            int k = faults.pinPositions[i];
            if (pinFaults[k] == null) {
                pinFaults[k] = new Fault[c.inStart[k + 1] - c.inStart[k]][];
            }
            pinFaults[k][faults.pinPins[i]] = faults.pinFaults[i];
        }
        for (int i = 0; i < faults.dffs.length; i++) {
            dffFaults[faults.dffs[i]] = faults.dffFaults[i];
        }
        for (int i = 0; i < faults.ports.length; i++) {
            portFaults[faults.ports[i]] = faults.portFaults[i];
        }
        this.overlay = faults;
        return this;
    }

    /**
     * From now on a fault-free {@link #evaluate()} computes only the primary outputs, the flip-flops' D
     * inputs and the given nets, through a program with inverters folded into the gates and value slots
     * reused by liveness (several times faster on large circuits). {@link #net} of any other net then
     * fails, and so do {@link #snapshot()} and {@link #evaluateCone}. With faults installed, {@link
     * #evaluate()} computes every net as before.
     */
    public Simulation observeOnly(int... nets) {
        lean = c.lean(nets);
        slots = new long[lean.slots][words];
        leanValues = false;
        return this;
    }

    /** Back to the reset state: every DFF 0, cycle 0. Inputs and faults stay. */
    public Simulation reset() {
        Arrays.fill(state, 0L);
        cycle = 0;
        return this;
    }

    /** Sets word {@code w} (64 lanes) of primary input {@code index} (declared order). */
    public void setInput(int index, int w, long bits) {
        inputWords[index * words + w] = bits;
    }

    /** Sets all words of primary input {@code index}. */
    public void setInput(int index, long[] bits) {
        System.arraycopy(bits, 0, inputWords, index * words, words);
    }

    /** Computes every net of the current cycle. */
    public Simulation evaluate() {
        long[] v = values;
        int w = words;
        evaluatedCycle = cycle;
        leanValues = lean != null && overlay.isEmpty();
        if (leanValues) {
            load(lean.inputSlot, inputWords);
            load(lean.stateSlot, state);
            LeanKernel.run(lean, slots, w);
            return this;
        }
        for (int k = 0; k < c.inputs.length; k++) {
            System.arraycopy(inputWords, k * w, v, c.inputs[k] * w, w);
        }
        for (int k = 0; k < c.dffQ.length; k++) {
            System.arraycopy(state, k * w, v, c.dffQ[k] * w, w);
        }
        if (overlay.isEmpty()) {
            c.evaluateAll(v, w);
            return this;
        }
        applySourceFaults();
        for (int k = 0; k < c.op.length; k++) {
            evaluateFaulty(k);
        }
        return this;
    }

    private void load(int[] slotOf, long[] words) {
        for (int k = 0; k < slotOf.length; k++) {
            if (slotOf[k] >= 0) {
                System.arraycopy(words, k * this.words, slots[slotOf[k]], 0, this.words);
            }
        }
    }

    /** Applies the stem faults of primary inputs and flip-flop outputs. */
    private void applySourceFaults() {
        for (int net : overlay.sourceNets) {
            FaultOverlay.apply(netFaults[net], values, net * words, words, cycle);
        }
    }

    /** Evaluates the gate at topological position k under the installed faults (pins, then its stem). */
    private void evaluateFaulty(int k) {
        long[] v = values;
        int w = words;
        int o = c.out[k] * w;
        if (pinFaults[k] != null) {
            int s = c.inStart[k];
            int e = c.inStart[k + 1];
            for (int p = 0; p < e - s; p++) {
                int scratch = scratchIndex[p] * w;
                System.arraycopy(v, c.in[s + p] * w, v, scratch, w);
                FaultOverlay.apply(pinFaults[k][p], v, scratch, w, cycle);
            }
            CompiledEvaluator.kernel(c.op[k], v, o, scratchIndex, 0, e - s, w);
        } else {
            CompiledEvaluator.kernel(c.op[k], v, o, c.in, c.inStart[k], c.inStart[k + 1], w);
        }
        FaultOverlay.apply(netFaults[c.out[k]], v, o, w, cycle);
    }

    /** Remembers every net's current value, for {@link #evaluateCone} and {@link #restoreCone}. */
    public Simulation snapshot() {
        refuseLean("snapshot()");
        if (saved == null) {
            saved = new long[values.length];
        }
        System.arraycopy(values, 0, saved, 0, values.length);
        return this;
    }

    /**
     * Re-evaluates only the gates at the given ascending topological positions (a {@link
     * CompiledEvaluator#cone}) under the current faults, assuming every other net holds this cycle's
     * value from an {@link #evaluate()} followed by {@link #snapshot()}. Faults on primary inputs and
     * flip-flop outputs are applied too. Undo with {@link #restoreCone}.
     */
    public Simulation evaluateCone(int[] positions) {
        refuseLean("evaluateCone()");
        evaluatedCycle = cycle;
        applySourceFaults();
        for (int k : positions) {
            evaluateFaulty(k);
        }
        return this;
    }

    /** Puts back the snapshot values of the nets {@link #evaluateCone} changed. */
    public Simulation restoreCone(int[] positions) {
        int w = words;
        for (int net : overlay.sourceNets) {
            System.arraycopy(saved, net * w, values, net * w, w);
        }
        for (int k : positions) {
            int o = c.out[k] * w;
            System.arraycopy(saved, o, values, o, w);
        }
        return this;
    }

    /** Latches every DFF's D input (as its D pin sees it, faults included) and advances the cycle. */
    public Simulation clock() {
        int w = words;
        for (int k = 0; k < c.dffD.length; k++) {
            if (leanValues) {
                System.arraycopy(slots[lean.slotOfNet[c.dffD[k]]], 0, next, k * w, w);
            } else {
                System.arraycopy(values, c.dffD[k] * w, next, k * w, w);
            }
            if (dffFaults != null) {
                FaultOverlay.apply(dffFaults[k], next, k * w, w, cycle);
            }
        }
        long[] t = state;
        state = next;
        next = t;
        cycle++;
        return this;
    }

    /** {@link #evaluate()} then {@link #clock()}. */
    public Simulation step() {
        return evaluate().clock();
    }

    /**
     * Word {@code w} of primary output {@code index} as the output port sees it (port faults included),
     * as of the last {@link #evaluate()} (still valid after {@link #clock()}).
     */
    public long output(int index, int w) {
        long bits = leanValues ? slots[lean.slotOfNet[c.outputs[index]]][w] : values[c.outputs[index] * words + w];
        if (portFaults == null || portFaults[index] == null) {
            return bits;
        }
        for (Fault f : portFaults[index]) {
            bits = f.apply(bits, evaluatedCycle, w);
        }
        return bits;
    }

    /** Word {@code w} of a net's value in the current cycle (stem faults included). */
    public long net(int net, int w) {
        if (leanValues) {
            int slot = lean.slotOfNet[net];
            if (slot < 0) {
                throw new IllegalStateException("net '" + c.netlist.netName(net) + "' is not observed (see observeOnly)");
            }
            return slots[slot][w];
        }
        return values[net * words + w];
    }

    private void refuseLean(String what) {
        if (lean != null) {
            throw new IllegalStateException(what + " needs every net; this simulation observes only some (observeOnly)");
        }
    }

    /** Word {@code w} of flip-flop {@code k}'s state (DFFs in netlist gate order). */
    public long state(int k, int w) {
        return state[k * words + w];
    }
}
