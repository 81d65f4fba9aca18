package dev.tmrkit.gates.eval;

/**
 * One gate over {@code w} words when each net's words are an array of their own ({@code v[net]}), for
 * {@link StuckAtPropagator}: the output array is never one of the inputs, so C2 can vectorise the loops.
 */
final class ViewKernel {
    private ViewKernel() {
    }

    /** Evaluates operation {@code op} of the nets {@code src[s..e)} into {@code o[0..w)}. */
    static void kernel(byte op, long[] o, long[][] v, int[] src, int s, int e, int w) {
        switch (op) {
            case CompiledEvaluator.CONST0:
                java.util.Arrays.fill(o, 0, w, 0L);
                return;
            case CompiledEvaluator.CONST1:
                java.util.Arrays.fill(o, 0, w, -1L);
                return;
            case CompiledEvaluator.BUF:
                System.arraycopy(v[src[s]], 0, o, 0, w);
                return;
            case CompiledEvaluator.NOT: {
                long[] a = v[src[s]];
                for (int i = 0; i < w; i++) {
                    o[i] = ~a[i];
                }
                return;
            }
            default:
                break;
        }
        long[] a = v[src[s]];
        long[] b = v[src[s + 1]];
        switch (op) {
            case CompiledEvaluator.AND: case CompiledEvaluator.NAND: for (int i = 0; i < w; i++) { o[i] = a[i] & b[i]; } break;
            case CompiledEvaluator.OR: case CompiledEvaluator.NOR: for (int i = 0; i < w; i++) { o[i] = a[i] | b[i]; } break;
            default: for (int i = 0; i < w; i++) { o[i] = a[i] ^ b[i]; } break;
        }
        for (int k = s + 2; k < e; k++) {
            long[] c = v[src[k]];
            switch (op) {
                case CompiledEvaluator.AND: case CompiledEvaluator.NAND: for (int i = 0; i < w; i++) { o[i] &= c[i]; } break;
                case CompiledEvaluator.OR: case CompiledEvaluator.NOR: for (int i = 0; i < w; i++) { o[i] |= c[i]; } break;
                default: for (int i = 0; i < w; i++) { o[i] ^= c[i]; } break;
            }
        }
        if (op == CompiledEvaluator.NAND || op == CompiledEvaluator.NOR || op == CompiledEvaluator.XNOR) {
            for (int i = 0; i < w; i++) {
                o[i] = ~o[i];
            }
        }
    }
}
