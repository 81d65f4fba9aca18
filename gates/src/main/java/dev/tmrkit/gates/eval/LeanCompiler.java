package dev.tmrkit.gates.eval;

import java.util.Arrays;

/**
 * The compile pass from a {@link CompiledEvaluator} to a {@link LeanProgram} for a set of observed nets:
 * <ol>
 *   <li>every net resolves to a literal — the nearest driver that is not an inverter or buffer, with the
 *       parity of the inverters passed on the way;</li>
 *   <li>the gates the observed nets depend on are ordered depth-first from the observed nets (a gate right
 *       after its inputs, the deeper input first, which keeps live ranges short); inverters and buffers are not emitted, their
 *       readers read the literal instead, except an observed inverter's own output;</li>
 *   <li>each two-input gate becomes one of the AND/XOR opcodes with its input and output inversions, and an
 *       AND-family gate read only by the next one is fused with it into one instruction;</li>
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
        int[] all = observedNets(probes);
        // roots in depth-first post-order, then one NOT per observed net that is an inverted root
        int[] order = depthFirst(all);
        int[] inverted = new int[all.length];
        int notCount = 0;
        boolean[] listed = new boolean[nets];     // a net observed twice gets one NOT
        for (int net : all) {
            if ((lit[net] & 1) != 0 && !listed[net]) {
                listed[net] = true;
                inverted[notCount++] = net;
            }
        }
        int length = order.length + notCount;
        // live ranges: last instruction reading each root; observed roots live to the end
        int[] lastUse = new int[nets];
        int[] reads = new int[nets];
        Arrays.fill(lastUse, -1);
        for (int i = 0; i < order.length; i++) {
            int k = driver[order[i]];
            for (int p = c.inStart[k]; p < c.inStart[k + 1]; p++) {
                lastUse[lit[c.in[p]] >> 1] = i;
                reads[lit[c.in[p]] >> 1]++;
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
        boolean[] fuseNext = pairs(order, lastUse, reads);
        Slots slots = new Slots(nets);
        int[] inputSlot = sourceSlots(c.inputs, lastUse, slots);
        int[] stateSlot = sourceSlots(c.dffQ, lastUse, slots);
        LeanEmitter e = new LeanEmitter(length);
        for (int i = 0; i < order.length; i++) {
            int root = order[i];
            int k = driver[root];
            int s = c.inStart[k];
            int arity = c.inStart[k + 1] - s;
            if (fuseNext[i]) {
                int outer = order[++i];
                int s2 = c.inStart[driver[outer]];
                slots.release(c, lit, s, 2, lastUse, i - 1);
                lastUse[root] = -2; // read in the same pass: no slot
                slots.release(c, lit, s2, 2, lastUse, i);
                slots.assign(outer);
                int pin = (lit[c.in[s2]] >> 1) == root ? 0 : 1;
                e.fused(c.op[k], lit[c.in[s]], lit[c.in[s + 1]], c.op[driver[outer]], lit[c.in[s2 + pin]], lit[c.in[s2 + 1 - pin]],
                        slots.of(outer), slots);
            } else if (arity > 2) {
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

    /**
     * Pairs (i, i + 1) of two-input AND-family gates where gate i is read by nothing but gate i + 1: they
     * run as one FUSED instruction and gate i's value never goes to memory. Greedy, left to right.
     */
    private boolean[] pairs(int[] order, int[] lastUse, int[] reads) {
        boolean[] fuse = new boolean[order.length];
        for (int i = 0; i + 1 < order.length; i++) {
            int r = order[i];
            if (andFamily(driver[r]) && andFamily(driver[order[i + 1]]) && reads[r] == 1 && lastUse[r] == i + 1) {
                fuse[i] = true;
                i++;
            }
        }
        return fuse;
    }

    private boolean andFamily(int k) {
        byte t = c.op[k];
        return c.inStart[k + 1] - c.inStart[k] == 2
                && (t == CompiledEvaluator.AND || t == CompiledEvaluator.NAND || t == CompiledEvaluator.OR || t == CompiledEvaluator.NOR);
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

    /** Root nets driven by a combinational gate that the observed nets need, each after its inputs' roots. */
    private int[] depthFirst(int[] observed) {
        int nets = c.netCount;
        byte[] state = new byte[nets]; // 0 new, 1 expanded, 2 emitted
        int[] order = new int[c.op.length];
        int n = 0;
        int[] stack = new int[c.in.length + 1]; // one push per pin at most, plus the start
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
    static final class Slots {
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
}
