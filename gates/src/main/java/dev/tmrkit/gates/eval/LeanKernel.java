package dev.tmrkit.gates.eval;

/**
 * Runs a {@link LeanProgram} over value slots {@code v} (slot s's words in {@code v[s]}), the source slots
 * already loaded. One array per slot lets C2 vectorise every loop over words (SuperWord): with one shared
 * array and offsets it cannot rule out overlap and keeps the loops scalar. The Vector API
 * ({@code jdk.incubator.vector}) ran no faster here and prints an incubator warning on every start.
 */
final class LeanKernel {
    /** The AND family as (a ^ MASK_A) &amp; (b ^ MASK_B) ^ MASK_OUT, by opcode: one loop, no mispredicted jump. */
    private static final long[] MASK_A = {0, -1, -1, 0, -1, -1};
    private static final long[] MASK_B = {0, 0, -1, 0, 0, -1};
    private static final long[] MASK_OUT = {0, 0, 0, -1, -1, -1};

    private LeanKernel() {
    }

    static void run(LeanProgram p, long[][] v, int w) {
        byte[] ops = p.op;
        int[] dst = p.dst;
        int[] as = p.a;
        int[] bs = p.b;
        for (int k = 0; k < ops.length; k++) {
            long[] o = v[dst[k]];
            if (ops[k] >= LeanProgram.NARY_AND) {
                nary(ops[k], p.lits, as[k], bs[k], v, o, w);
                continue;
            }
            long[] a = v[as[k]];
            long[] b = v[bs[k]];
            byte op = ops[k];
            if (op <= LeanProgram.OR) {
                long ma = MASK_A[op];
                long mb = MASK_B[op];
                long mo = MASK_OUT[op];
                for (int i = 0; i < w; i++) {
                    o[i] = ((a[i] ^ ma) & (b[i] ^ mb)) ^ mo;
                }
                continue;
            }
            if (op == LeanProgram.FUSED) {
                fused(p.masks[k], a, b, v[p.c[k]], o, w);
                continue;
            }
            switch (op) {
                case LeanProgram.AND: for (int i = 0; i < w; i++) { o[i] = a[i] & b[i]; } break;
                case LeanProgram.ANDN: for (int i = 0; i < w; i++) { o[i] = ~a[i] & b[i]; } break;
                case LeanProgram.NOR: for (int i = 0; i < w; i++) { o[i] = ~(a[i] | b[i]); } break;
                case LeanProgram.NAND: for (int i = 0; i < w; i++) { o[i] = ~(a[i] & b[i]); } break;
                case LeanProgram.ORN: for (int i = 0; i < w; i++) { o[i] = a[i] | ~b[i]; } break;
                case LeanProgram.OR: for (int i = 0; i < w; i++) { o[i] = a[i] | b[i]; } break;
                case LeanProgram.XOR: for (int i = 0; i < w; i++) { o[i] = a[i] ^ b[i]; } break;
                case LeanProgram.XNOR: for (int i = 0; i < w; i++) { o[i] = ~(a[i] ^ b[i]); } break;
                case LeanProgram.NOT: for (int i = 0; i < w; i++) { o[i] = ~a[i]; } break;
                case LeanProgram.CONST0: java.util.Arrays.fill(o, 0, w, 0L); break;
                default: java.util.Arrays.fill(o, 0, w, -1L); break; // CONST1
            }
        }
    }

    private static void fused(byte m, long[] a, long[] b, long[] c, long[] o, int w) {
        long m0 = -(m & 1);
        long m1 = -(m >> 1 & 1);
        long m2 = -(m >> 2 & 1);
        long m3 = -(m >> 3 & 1);
        long m4 = -(m >> 4 & 1);
        for (int i = 0; i < w; i++) {
            o[i] = ((((a[i] ^ m0) & (b[i] ^ m1)) ^ m2) & (c[i] ^ m3)) ^ m4;
        }
    }

    /** An n-input instruction: literals {@code lits[s..e)} combined into {@code o} (no literal's slot). */
    private static void nary(byte op, int[] lits, int s, int e, long[][] v, long[] o, int w) {
        boolean xor = op == LeanProgram.NARY_XOR || op == LeanProgram.NARY_XNOR;
        long first = (lits[s] & 1) == 0 ? 0L : -1L;
        long[] a = v[lits[s] >> 1];
        for (int i = 0; i < w; i++) {
            o[i] = a[i] ^ first;
        }
        for (int k = s + 1; k < e; k++) {
            long m = (lits[k] & 1) == 0 ? 0L : -1L;
            long[] c = v[lits[k] >> 1];
            if (xor) {
                for (int i = 0; i < w; i++) { o[i] ^= c[i]; }
            } else {
                for (int i = 0; i < w; i++) { o[i] &= c[i] ^ m; }
            }
        }
        if (op == LeanProgram.NARY_NAND || op == LeanProgram.NARY_XNOR) {
            for (int i = 0; i < w; i++) {
                o[i] = ~o[i];
            }
        }
    }
}
