package dev.tmrkit.circuits.campaign;

import dev.tmrkit.gates.eval.Patterns;
import java.util.SplittableRandom;

/**
 * The input patterns of a campaign: every input combination, or {@code count} random patterns drawn
 * from {@code seed}. For sequential circuits a pattern is a sequence of {@code cycles} input vectors
 * applied from the reset state.
 */
public record PatternSet(boolean exhaustive, long count, long seed, int cycles) {
    /** Circuits with at most this many inputs are enumerated exhaustively by default. */
    public static final int EXHAUSTIVE_LIMIT = 20;

    public PatternSet {
        if (count < 1) {
            throw new IllegalArgumentException("pattern count must be at least 1: " + count);
        }
        if (cycles < 1) {
            throw new IllegalArgumentException("cycles must be at least 1: " + cycles);
        }
    }

    /** Exhaustive when combinational with ≤ 20 inputs, else {@code randomCount} random patterns. */
    public static PatternSet choose(int inputs, boolean sequential, long randomCount, long seed, int cycles) {
        if (!sequential && inputs <= EXHAUSTIVE_LIMIT) {
            return new PatternSet(true, Patterns.exhaustiveCount(inputs), seed, 1);
        }
        return new PatternSet(false, randomCount, seed, sequential ? cycles : 1);
    }

    public int words() {
        return (int) ((count + 63) / 64);
    }

    /** Mask of the lanes of word {@code w} that hold real patterns. */
    public long validLanes(int w) {
        long rest = count - 64L * w;
        return rest >= 64 ? -1L : (1L << rest) - 1;
    }

    /**
     * All input words, indexed {@code [cycle][input][word]}: deterministic in the seed, independent of
     * how the words are later split among threads.
     */
    public long[][][] generate(int inputs) {
        int words = words();
        long[][][] in = new long[cycles][inputs][words];
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < cycles; c++) {
            for (int i = 0; i < inputs; i++) {
                for (int w = 0; w < words; w++) {
                    in[c][i][w] = exhaustive ? Patterns.exhaustiveWord(i, inputs, w) : random.nextLong();
                }
            }
        }
        return in;
    }

    public String describe() {
        if (exhaustive) {
            return "exhaustive (" + count + " patterns)";
        }
        return count + " random patterns" + (cycles > 1 ? " of " + cycles + " cycles" : "") + ", seed " + seed;
    }
}
