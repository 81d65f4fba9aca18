package dev.tmrkit.gates.eval;

/**
 * A {@link CompiledEvaluator} compiled further for fault-free evaluation when only some nets are observed
 * (the outputs, the flip-flops' D inputs and any nets asked for): inverters and buffers folded into the
 * gates that read them, only the gates the observed nets depend on, in depth-first order, and value slots
 * reused as soon as a net's last reader has run, so the working set stays in cache. Built by {@link
 * LeanCompiler} and {@link LeanEmitter}; run by {@link LeanKernel}. Immutable.
 *
 * <p>Every instruction writes slot {@code dst[k]}. Two-input instructions read slots {@code a[k]} and
 * {@code b[k]} (FUSED also {@code c[k]}); the n-input ones read the literals {@code lits[a[k] .. b[k])} (slot × 2 + 1 when read
 * inverted).
 */
final class LeanProgram {
    /** a &amp; b. */
    static final byte AND = 0;
    /** ~a &amp; b. */
    static final byte ANDN = 1;
    /** ~a &amp; ~b. */
    static final byte NOR = 2;
    /** ~(a &amp; b). */
    static final byte NAND = 3;
    /** a | ~b. */
    static final byte ORN = 4;
    /** a | b. */
    static final byte OR = 5;
    static final byte XOR = 6;
    static final byte XNOR = 7;
    /** ~a (an observed inverter's output). */
    static final byte NOT = 8;
    static final byte CONST0 = 9;
    static final byte CONST1 = 10;
    /**
     * Two AND-family gates in one pass, the first read only by the second:
     * ((((a ^ m0) &amp; (b ^ m1)) ^ m2) &amp; (c ^ m3)) ^ m4, mask i all ones when bit i of {@code masks[k]} is set.
     */
    static final byte FUSED = 11;
    /** The AND of the literals; NARY_NAND inverts it. */
    static final byte NARY_AND = 12;
    static final byte NARY_NAND = 13;
    /** The XOR of the literals' slots (their inversions folded into the opcode). */
    static final byte NARY_XOR = 14;
    static final byte NARY_XNOR = 15;

    final byte[] op;
    final int[] dst;
    final int[] a;
    final int[] b;
    /** FUSED only: the third slot and the five masks. */
    final int[] c;
    final byte[] masks;
    final int[] lits;
    /** Number of value slots. */
    final int slots;
    /** Slot of each primary input (declared order), -1 when nothing observed depends on it. */
    final int[] inputSlot;
    /** Slot of each flip-flop's Q, -1 when unused. */
    final int[] stateSlot;
    /** Slot of each observed net, -1 for every other net. */
    final int[] slotOfNet;

    LeanProgram(byte[] op, int[] dst, int[] a, int[] b, int[] c, byte[] masks, int[] lits, int slots, int[] inputSlot, int[] stateSlot,
            int[] slotOfNet) {
        this.op = op;
        this.dst = dst;
        this.a = a;
        this.b = b;
        this.c = c;
        this.masks = masks;
        this.lits = lits;
        this.slots = slots;
        this.inputSlot = inputSlot;
        this.stateSlot = stateSlot;
        this.slotOfNet = slotOfNet;
    }

    /** Instructions per evaluation. */
    int length() {
        return op.length;
    }
}
