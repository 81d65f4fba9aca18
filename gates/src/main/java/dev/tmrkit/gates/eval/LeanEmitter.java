package dev.tmrkit.gates.eval;

import java.util.Arrays;

/**
 * Appends the instructions of a {@link LeanProgram} for {@link LeanCompiler}, choosing each opcode from the gate
 * type and the inversions of the literals it reads.
 */
final class LeanEmitter {
    private final byte[] op;
    private final int[] dst;
    private final int[] a;
    private final int[] b;
    private final int[] third;
    private final byte[] masks;
    private int[] lits = new int[16];
    private int litCount;
    private int n;

    LeanEmitter(int length) {
        op = new byte[length];
        dst = new int[length];
        a = new int[length];
        b = new int[length];
        third = new int[length];
        masks = new byte[length];
    }

    /** Masks of (x ^ ma) &amp; (y ^ mb) ^ mo for an AND-family gate reading inversions ia, ib: bits ma, mb, mo. */
    private static int andMasks(byte type, int ia, int ib) {
        int flip = type == CompiledEvaluator.OR || type == CompiledEvaluator.NOR ? 1 : 0; // OR(x, y) = ~(~x & ~y)
        int mo = type == CompiledEvaluator.NAND || type == CompiledEvaluator.OR ? 1 : 0;
        return (ia ^ flip) | (ib ^ flip) << 1 | mo << 2;
    }

    /** Inner gate over literals lx, ly; outer gate over the inner's literal lr and lz. */
    void fused(byte inner, int lx, int ly, byte outer, int lr, int lz, int out, LeanCompiler.Slots slots) {
        int im = andMasks(inner, lx & 1, ly & 1);
        int om = andMasks(outer, lr & 1, lz & 1);
        dst[n] = out;
        third[n] = slots.of(lz >> 1);
        masks[n] = (byte) ((im & 3) | ((im >> 2 ^ om) & 1) << 2 | (om >> 1 & 1) << 3 | (om >> 2 & 1) << 4);
        emit(LeanProgram.FUSED, slots.of(lx >> 1), slots.of(ly >> 1));
    }

    /** A constant or a two-input gate reading literals {@code la} and {@code lb} (net × 2 + inversion). */
    void gate(byte type, int out, int la, int lb, LeanCompiler.Slots slots) {
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
    void nary(byte type, int out, int[] in, int s, int arity, int[] lit, LeanCompiler.Slots slots) {
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
        return new LeanProgram(Arrays.copyOf(op, n), Arrays.copyOf(dst, n), Arrays.copyOf(a, n), Arrays.copyOf(b, n), Arrays.copyOf(third, n),
                Arrays.copyOf(masks, n), Arrays.copyOf(lits, litCount), slotCount, inputSlot, stateSlot, slotOfNet);
    }
}
