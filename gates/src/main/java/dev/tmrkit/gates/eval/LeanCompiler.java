package dev.tmrkit.gates.eval;

import java.util.Arrays;

/**
 * The compile pass from a {@link CompiledEvaluator} to a {@link LeanProgram} for a set of observed nets:
 * <ol>
 *   <li>every net resolves to a literal — the nearest driver that is not an inverter or buffer, with the
 *       parity of the inverters passed on the way;</li>
 *   <li>the gates the observed nets depend on are ordered depth-first from the observed nets (a gate right
 *       after its inputs, which keeps live ranges short); inverters and buffers are not emitted, their
 *       readers read the literal instead, except an observed inverter's own output;</li>
 *   <li>each two-input gate becomes one of the AND/XOR opcodes with its input and output inversions;</li>
 *   <li>value slots are allocated by liveness: a slot is free again after the last instruction reading it,
 *       and the slots of observed nets are never reused.</li>
 * </ol>
 * The netlist and its fault sites are untouched: this program only serves fault-free evaluation.
 */
final class LeanCompiler {
    private final CompiledEvaluator c;
    /** Topological position of each net's combinational driver, -1 for sources. */
    private final int[] driver;
    /** net × 2 + parity of the root each net resolves to. */
    private final int[] lit;

    private LeanCompiler(CompiledEvaluator c) {
        this.c = c;
        driver = new int[c.netCount];
        Arrays.fill(driver, -1);
        lit = new int[c.netCount];
        for (int net = 0; net < lit.length; net++) {
            lit[net] = net << 1;
        }
        for (int k = 0; k < c.op.length; k++) {
            driver[c.out[k]] = k;
            if (c.op[k] == CompiledEvaluator.NOT || c.op[k] == CompiledEvaluator.BUF) {
                lit[c.out[k]] = lit[c.in[c.inStart[k]]] ^ (c.op[k] == CompiledEvaluator.NOT ? 1 : 0);
            }
        }
    }

    /** The program computing {@code observed} nets (with the outputs and flip-flop D nets always observed). */
    static LeanProgram compile(CompiledEvaluator c, int[] observed) {
        return new LeanCompiler(c).build(observed);
    }

    private LeanProgram build(int[] probes) {
        int nets = c.netCount;
        boolean[] observed = new boolean[nets];
        int[] all = observedNets(probes);
        for (int net : all) {
            observed[net] = true;
        }
        // roots in depth-first post-order, then one NOT per observed net that is an inverted root
        int[] order = depthFirst(all);
        int[] inverted = new int[all.length];
        int notCount = 0;
        for (int net : all) {
            if ((lit[net] & 1) != 0 && !contains(inverted, notCount, net)) {
                inverted[notCount++] = net;
            }
        }
        int length = order.length + notCount;
        // live ranges: last instruction reading each root; observed roots live to the end
        int[] lastUse = new int[nets];
        Arrays.fill(lastUse, -1);
        for (int i = 0; i < order.length; i++) {
            int k = driver[order[i]];
            for (int p = c.inStart[k]; p < c.inStart[k + 1]; p++) {
                lastUse[lit[c.in[p]] >> 1] = i;
            }
        }
        for (int j = 0; j < notCount; j++) {
            lastUse[lit[inverted[j]] >> 1] = order.length + j;
        }
        for (int net : all) {
            if ((lit[net] & 1) == 0) {
                lastUse[lit[net] >> 1] = Integer.MAX_VALUE;
            } else {
                lastUse[net] = Integer.MAX_VALUE;
            }
        }
        Slots slots = new Slots(nets);
        int[] inputSlot = sourceSlots(c.inputs, lastUse, slots);
        int[] stateSlot = sourceSlots(c.dffQ, lastUse, slots);
        Emitter e = new Emitter(length);
        for (int i = 0; i < order.length; i++) {
            int root = order[i];
            int k = driver[root];
            int s = c.inStart[k];
            int arity = c.inStart[k + 1] - s;
            if (arity > 2) {
                slots.assign(root);
                slots.release(c, lit, s, arity, lastUse, i);
                e.nary(c.op[k], slots.of(root), c.in, s, arity, lit, slots);
            } else {
                slots.release(c, lit, s, arity, lastUse, i);
                slots.assign(root);
                e.gate(c.op[k], slots.of(root), arity == 0 ? 0 : lit[c.in[s]], arity < 2 ? 0 : lit[c.in[s + 1]], slots);
            }
        }
        for (int j = 0; j < notCount; j++) {
            int net = inverted[j];
            int root = lit[net] >> 1;
            if (lastUse[root] == order.length + j) {
                slots.free(root);
            }
            slots.assign(net);
            e.not(slots.of(net), slots.of(root));
        }
        int[] slotOfNet = new int[nets];
        Arrays.fill(slotOfNet, -1);
        for (int net : all) {
            slotOfNet[net] = (lit[net] & 1) == 0 ? slots.of(lit[net] >> 1) : slots.of(net);
        }
        return e.program(slots.count(), inputSlot, stateSlot, slotOfNet);
    }

    private int[] observedNets(int[] probes) {
        int[] all = new int[c.outputs.length + c.dffD.length + probes.length];
        System.arraycopy(c.outputs, 0, all, 0, c.outputs.length);
        System.arraycopy(c.dffD, 0, all, c.outputs.length, c.dffD.length);
        for (int i = 0; i < probes.length; i++) {
            if (probes[i] < 0 || probes[i] >= c.netCount) {
                throw new IllegalArgumentException("no net " + probes[i] + " in '" + c.netlist.name() + "'");
            }
            all[c.outputs.length + c.dffD.length + i] = probes[i];
        }
        return all;
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    /** Root nets driven by a combinational gate that the observed nets need, each after its inputs' roots. */
    private int[] depthFirst(int[] observed) {
        int nets = c.netCount;
        byte[] state = new byte[nets]; // 0 new, 1 expanded, 2 emitted
        int[] order = new int[c.op.length];
        int n = 0;
        int[] stack = new int[Math.max(1, c.op.length + 1)];
        for (int start : observed) {
            int top = 0;
            stack[top++] = lit[start] >> 1;
            while (top > 0) {
                int r = stack[top - 1];
                int k = driver[r];
                if (state[r] == 2 || k < 0) {
                    top--;
                    continue;
                }
                if (state[r] == 1) {
                    state[r] = 2;
                    order[n++] = r;
                    top--;
                    continue;
                }
                state[r] = 1;
                int first = top;
                for (int p = c.inStart[k + 1] - 1; p >= c.inStart[k]; p--) {
                    int in = lit[c.in[p]] >> 1;
                    if (state[in] == 0 && driver[in] >= 0) {
                        stack[top++] = in;
                    }
                }
                // the deeper input first (on top): its long-lived results are fewer while the other is built
                if (top - first == 2 && c.netlist.level(stack[first]) > c.netlist.level(stack[first + 1])) {
                    int t = stack[first];
                    stack[first] = stack[first + 1];
                    stack[first + 1] = t;
                }
            }
        }
        return Arrays.copyOf(order, n);
    }

    private static int[] sourceSlots(int[] nets, int[] lastUse, Slots slots) {
        int[] out = new int[nets.length];
        for (int i = 0; i < nets.length; i++) {
            if (lastUse[nets[i]] >= 0) {
                slots.assign(nets[i]);
                out[i] = slots.of(nets[i]);
            } else {
                out[i] = -1;
            }
        }
        return out;
    }

    /** Slot assignment with a last-in first-out free list: a slot just freed is the one still in cache. */
    private static final class Slots {
        private final int[] slotOf;
        private int[] free = new int[64];
        private int freeCount;
        private int count;

        Slots(int nets) {
            slotOf = new int[nets];
            Arrays.fill(slotOf, -1);
        }

        void assign(int net) {
            if (slotOf[net] < 0) {
                slotOf[net] = freeCount > 0 ? free[--freeCount] : count++;
            }
        }

        int of(int net) {
            return slotOf[net];
        }

        void free(int net) {
            if (freeCount == free.length) {
                free = Arrays.copyOf(free, freeCount * 2);
            }
            free[freeCount++] = slotOf[net];
        }

        /** Frees the slots of the roots that gate pins {@code in[s .. s+arity)} read for the last time at {@code i}. */
        void release(CompiledEvaluator c, int[] lit, int s, int arity, int[] lastUse, int i) {
            for (int p = s; p < s + arity; p++) {
                int root = lit[c.in[p]] >> 1;
                if (lastUse[root] == i) {
                    lastUse[root] = -2; // freed once, even when several pins read it
                    free(root);
                }
            }
        }

        int count() {
            return count;
        }
    }

    /** Appends instructions, choosing the opcode from the gate type and the inversions of its literals. */
    private static final class Emitter {
        private final byte[] op;
        private final int[] dst;
        private final int[] a;
        private final int[] b;
        private int[] lits = new int[16];
        private int litCount;
        private int n;

        Emitter(int length) {
            op = new byte[length];
            dst = new int[length];
            a = new int[length];
            b = new int[length];
        }

        /** A constant or a two-input gate reading literals {@code la} and {@code lb} (net × 2 + inversion). */
        void gate(byte type, int out, int la, int lb, Slots slots) {
            dst[n] = out;
            if (type == CompiledEvaluator.CONST0 || type == CompiledEvaluator.CONST1) {
                op[n++] = type == CompiledEvaluator.CONST0 ? LeanProgram.CONST0 : LeanProgram.CONST1;
                return;
            }
            int ia = la & 1;
            int ib = lb & 1;
            int x = slots.of(la >> 1);
            int y = slots.of(lb >> 1);
            if (type == CompiledEvaluator.XOR || type == CompiledEvaluator.XNOR) {
                int inv = ia ^ ib ^ (type == CompiledEvaluator.XNOR ? 1 : 0);
                emit(inv == 0 ? LeanProgram.XOR : LeanProgram.XNOR, x, y);
                return;
            }
            // AND family: (x ^ ia) & (y ^ ib), inverted when io; OR(x, y) = ~(~x & ~y)
            boolean orLike = type == CompiledEvaluator.OR || type == CompiledEvaluator.NOR;
            if (orLike) {
                ia ^= 1;
                ib ^= 1;
            }
            boolean io = type == CompiledEvaluator.NAND || type == CompiledEvaluator.OR;
            if (ia == 0 && ib == 1) {
                int t = x;
                x = y;
                y = t;
                ia = 1;
                ib = 0;
            }
            int form = ia + ib; // 0: both plain, 1: first inverted, 2: both inverted
            byte[] plain = {LeanProgram.AND, LeanProgram.ANDN, LeanProgram.NOR};
            byte[] invertedOut = {LeanProgram.NAND, LeanProgram.ORN, LeanProgram.OR};
            emit(io ? invertedOut[form] : plain[form], x, y);
        }

        /** A gate of three or more inputs: its literals, with AND/OR inversions kept and XOR ones folded. */
        void nary(byte type, int out, int[] in, int s, int arity, int[] lit, Slots slots) {
            boolean xor = type == CompiledEvaluator.XOR || type == CompiledEvaluator.XNOR;
            boolean orLike = type == CompiledEvaluator.OR || type == CompiledEvaluator.NOR;
            int io = type == CompiledEvaluator.NAND || type == CompiledEvaluator.OR || type == CompiledEvaluator.XNOR ? 1 : 0;
            int start = litCount;
            for (int p = s; p < s + arity; p++) {
                int l = lit[in[p]];
                int inv = (l & 1) ^ (orLike ? 1 : 0);
                if (xor) {
                    io ^= inv;
                    inv = 0;
                }
                if (litCount == lits.length) {
                    lits = Arrays.copyOf(lits, litCount * 2);
                }
                lits[litCount++] = slots.of(l >> 1) << 1 | inv;
            }
            dst[n] = out;
            byte code = xor ? (io == 0 ? LeanProgram.NARY_XOR : LeanProgram.NARY_XNOR)
                    : (io == 0 ? LeanProgram.NARY_AND : LeanProgram.NARY_NAND);
            op[n] = code;
            a[n] = start;
            b[n++] = litCount;
        }

        void not(int out, int in) {
            dst[n] = out;
            emit(LeanProgram.NOT, in, in);
        }

        private void emit(byte code, int x, int y) {
            op[n] = code;
            a[n] = x;
            b[n++] = y;
        }

        LeanProgram program(int slotCount, int[] inputSlot, int[] stateSlot, int[] slotOfNet) {
            return new LeanProgram(op, dst, a, b, Arrays.copyOf(lits, litCount), slotCount, inputSlot, stateSlot, slotOfNet);
        }
    }
}
