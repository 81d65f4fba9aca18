package dev.tmrkit.gates.eval;

import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;

/**
 * A netlist compiled once into flat primitive arrays in topological order, ready to be evaluated many
 * times, 64 patterns per {@code long}. It holds no simulation state: each {@link Simulation} does, so
 * one compiled netlist serves many threads.
 */
public final class CompiledEvaluator {
    static final byte AND = 0;
    static final byte OR = 1;
    static final byte NAND = 2;
    static final byte NOR = 3;
    static final byte XOR = 4;
    static final byte XNOR = 5;
    static final byte NOT = 6;
    static final byte BUF = 7;
    static final byte CONST0 = 8;
    static final byte CONST1 = 9;

    final Netlist netlist;
    final int netCount;
    final int maxArity;
    /** Per combinational gate in topological order: operation, output net, gate index in the netlist. */
    final byte[] op;
    final int[] out;
    final int[] gateIndex;
    /** Inputs of topological gate k are {@code in[inStart[k] .. inStart[k+1])}. */
    final int[] inStart;
    final int[] in;
    /** Position in topological order of each netlist gate (-1 for DFFs). */
    final int[] positionOfGate;
    final int[] inputs;
    final int[] outputs;
    /** Per flip-flop: netlist gate index, D net and Q net. */
    final int[] dffGate;
    final int[] dffD;
    final int[] dffQ;
    /** The lean program observing only outputs and flip-flop D inputs, built on first use (a benign race). */
    private volatile LeanProgram outputsOnly;

    private CompiledEvaluator(Netlist n) {
        this.netlist = n;
        this.netCount = n.netCount();
        int[] order = n.topologicalOrder();
        int g = order.length;
        op = new byte[g];
        out = new int[g];
        gateIndex = order;
        inStart = new int[g + 1];
        positionOfGate = new int[n.gateCount()];
        java.util.Arrays.fill(positionOfGate, -1);
        int pins = 0;
        int widest = 1;
        for (int k = 0; k < g; k++) {
            pins += n.gate(order[k]).arity();
        }
        in = new int[pins];
        int p = 0;
        for (int k = 0; k < g; k++) {
            Gate gate = n.gate(order[k]);
            positionOfGate[order[k]] = k;
            op[k] = opcode(gate.type());
            out[k] = gate.output();
            inStart[k] = p;
            for (int i = 0; i < gate.arity(); i++) {
                in[p++] = gate.input(i);
            }
            widest = Math.max(widest, gate.arity());
        }
        inStart[g] = p;
        maxArity = widest;
        inputs = n.inputIds();
        outputs = n.outputIds();
        dffGate = n.dffGates();
        dffD = new int[dffGate.length];
        dffQ = new int[dffGate.length];
        for (int k = 0; k < dffGate.length; k++) {
            dffD[k] = n.gate(dffGate[k]).input(0);
            dffQ[k] = n.gate(dffGate[k]).output();
        }
    }

    /** Compiles {@code netlist}; the netlist is valid by construction, so this cannot fail. */
    public static CompiledEvaluator compile(Netlist netlist) {
        return new CompiledEvaluator(netlist);
    }

    public Netlist netlist() {
        return netlist;
    }

    /** Number of combinational gates evaluated per pass (DFFs excluded). */
    public int gateCount() {
        return op.length;
    }

    /**
     * The combinational gates a fault at {@code site} can influence within one cycle, as ascending
     * topological positions: for a stem, its driver gate and the transitive readers; for a branch, its
     * gate and that gate's readers; for an output port, none. Flip-flops stop the cone.
     */
    public int[] cone(dev.tmrkit.gates.fault.Site site) {
        boolean[] in = new boolean[op.length];
        int[] stack = new int[op.length];
        int top = 0;
        if (site instanceof dev.tmrkit.gates.fault.Site.Stem s) {
            int d = netlist.driver(s.net());
            if (d >= 0 && positionOfGate[d] >= 0) {
                in[positionOfGate[d]] = true;
                stack[top++] = positionOfGate[d];
            } else {
                top = pushReaders(s.net(), in, stack, top);
            }
        } else if (site instanceof dev.tmrkit.gates.fault.Site.Branch b) {
            int pos = positionOfGate[b.gate()];
            if (pos >= 0) {
                in[pos] = true;
                stack[top++] = pos;
            }
        }
        int count = 0;
        while (top > 0) {
            int k = stack[--top];
            count++;
            top = pushReaders(out[k], in, stack, top);
        }
        int[] cone = new int[count];
        int c = 0;
        for (int k = 0; k < in.length && c < count; k++) {
            if (in[k]) {
                cone[c++] = k;
            }
        }
        return cone;
    }

    private int pushReaders(int net, boolean[] in, int[] stack, int top) {
        for (dev.tmrkit.gates.Pin p : netlist.fanoutPins(net)) {
            int pos = positionOfGate[p.gate()];
            if (pos >= 0 && !in[pos]) {
                in[pos] = true;
                stack[top++] = pos;
            }
        }
        return top;
    }

    /** The topological position of netlist gate {@code gate}, or -1 for a flip-flop. */
    public int positionOf(int gate) {
        return positionOfGate[gate];
    }

    /** The output net of the gate at topological position {@code position}. */
    public int outputNetAt(int position) {
        return out[position];
    }

    /** Compiles a set of simultaneous faults once, for {@link Simulation#setFaults(FaultOverlay)}. */
    public FaultOverlay overlay(java.util.List<? extends dev.tmrkit.gates.fault.Fault> faults) {
        return faults.isEmpty() ? FaultOverlay.NONE : new FaultOverlay(this, faults);
    }

    /**
     * The lean program observing the outputs, the flip-flops' D inputs and {@code nets} (see {@link
     * Simulation#observeOnly}); the one observing no extra net is built once and shared.
     */
    LeanProgram lean(int... nets) {
        if (nets.length > 0) {
            return LeanCompiler.compile(this, nets);
        }
        LeanProgram p = outputsOnly;
        if (p == null) {
            p = LeanCompiler.compile(this, nets);
            outputsOnly = p;
        }
        return p;
    }

    /** A new simulation over {@code words} × 64 pattern lanes, in the reset state, without faults. */
    public Simulation newSimulation(int words) {
        return new Simulation(this, words);
    }

    private static byte opcode(GateType t) {
        switch (t) {
            case AND: return AND;
            case OR: return OR;
            case NAND: return NAND;
            case NOR: return NOR;
            case XOR: return XOR;
            case XNOR: return XNOR;
            case NOT: return NOT;
            case BUF: return BUF;
            case CONST0: return CONST0;
            case CONST1: return CONST1;
            default: throw new IllegalArgumentException("not combinational: " + t);
        }
    }

    /** Evaluates every gate in topological order, without faults, over {@code v} (net n's words at {@code n * w}). */
    void evaluateAll(long[] v, int w) {
        byte[] ops = op;
        int[] outs = out;
        int[] ins = in;
        int[] start = inStart;
        for (int k = 0; k < ops.length; k++) {
            kernel(ops[k], v, outs[k] * w, ins, start[k], start[k + 1], w);
        }
    }

    /**
     * Evaluates one gate over {@code w} words: {@code v[o..o+w)} from the words of the nets whose offsets
     * ({@code net * w}) are {@code src[s..e)}. The inner loops run over words, which C2 unrolls.
     */
    static void kernel(byte op, long[] v, int o, int[] src, int s, int e, int w) {
        switch (op) {
            case CONST0:
                java.util.Arrays.fill(v, o, o + w, 0L);
                return;
            case CONST1:
                java.util.Arrays.fill(v, o, o + w, -1L);
                return;
            case BUF:
                System.arraycopy(v, src[s] * w, v, o, w);
                return;
            case NOT: {
                int a = src[s] * w;
                for (int i = 0; i < w; i++) {
                    v[o + i] = ~v[a + i];
                }
                return;
            }
            default:
                break;
        }
        int a = src[s] * w;
        int b = src[s + 1] * w;
        if (e - s == 2) {
            switch (op) {
                case AND: for (int i = 0; i < w; i++) { v[o + i] = v[a + i] & v[b + i]; } return;
                case OR: for (int i = 0; i < w; i++) { v[o + i] = v[a + i] | v[b + i]; } return;
                case NAND: for (int i = 0; i < w; i++) { v[o + i] = ~(v[a + i] & v[b + i]); } return;
                case NOR: for (int i = 0; i < w; i++) { v[o + i] = ~(v[a + i] | v[b + i]); } return;
                case XOR: for (int i = 0; i < w; i++) { v[o + i] = v[a + i] ^ v[b + i]; } return;
                default: for (int i = 0; i < w; i++) { v[o + i] = ~(v[a + i] ^ v[b + i]); } return;
            }
        }
        switch (op) {
            case AND: case NAND: for (int i = 0; i < w; i++) { v[o + i] = v[a + i] & v[b + i]; } break;
            case OR: case NOR: for (int i = 0; i < w; i++) { v[o + i] = v[a + i] | v[b + i]; } break;
            default: for (int i = 0; i < w; i++) { v[o + i] = v[a + i] ^ v[b + i]; } break;
        }
        for (int k = s + 2; k < e; k++) {
            int c = src[k] * w;
            switch (op) {
                case AND: case NAND: for (int i = 0; i < w; i++) { v[o + i] &= v[c + i]; } break;
                case OR: case NOR: for (int i = 0; i < w; i++) { v[o + i] |= v[c + i]; } break;
                default: for (int i = 0; i < w; i++) { v[o + i] ^= v[c + i]; } break;
            }
        }
        if (op == NAND || op == NOR || op == XNOR) {
            for (int i = 0; i < w; i++) {
                v[o + i] = ~v[o + i];
            }
        }
    }
}
