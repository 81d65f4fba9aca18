package dev.tmrkit.gates.eval;


/**
 * Input pattern words. Exhaustive enumeration numbers patterns so that pattern {@code p} gives the first
 * declared input the most significant bit: a truth table read top to bottom, as people write it.
 */
public final class Patterns {
    private static final long[] LOW = {
        0xAAAAAAAAAAAAAAAAL, 0xCCCCCCCCCCCCCCCCL, 0xF0F0F0F0F0F0F0F0L,
        0xFF00FF00FF00FF00L, 0xFFFF0000FFFF0000L, 0xFFFFFFFF00000000L
    };

    private Patterns() {
    }

    /** Number of patterns in an exhaustive enumeration of {@code inputs} inputs (refuses more than 2^30). */
    public static long exhaustiveCount(int inputs) {
        if (inputs > 30) {
            throw new IllegalArgumentException("2^" + inputs + " patterns is too many to enumerate");
        }
        return 1L << inputs;
    }

    /**
     * Word {@code word} of input {@code input} (0 = first declared) when {@code inputs} inputs are
     * enumerated exhaustively: bit b of the word is bit (inputs-1-input) of pattern {@code word*64+b}.
     * Lanes past the last pattern repeat earlier patterns, so they never show a value that cannot occur.
     */
    public static long exhaustiveWord(int input, int inputs, int word) {
        int bit = inputs - 1 - input;
        if (bit < 6) {
            return LOW[bit];
        }
        return ((((long) word) << 6) >>> bit & 1L) != 0 ? -1L : 0L;
    }

    /** The bit of input {@code input} in exhaustive pattern {@code pattern}. */
    public static boolean exhaustiveBit(int input, int inputs, long pattern) {
        return (pattern >>> (inputs - 1 - input) & 1L) != 0;
    }

    /** Fills a simulation's inputs with exhaustive patterns starting at word {@code firstWord}. */
    public static void loadExhaustive(Simulation sim, int firstWord) {
        int n = sim.compiled().netlist().inputCount();
        for (int i = 0; i < n; i++) {
            for (int w = 0; w < sim.words(); w++) {
                sim.setInput(i, w, exhaustiveWord(i, n, firstWord + w));
            }
        }
    }
}
