package dev.tmrkit.circuits.campaign;

import dev.tmrkit.gates.eval.Patterns;
import java.util.SplittableRandom;

/**
 * The input patterns of a campaign: every input combination, or {@code count} random patterns drawn
 * from {@code seed}. For sequential circuits a pattern is a sequence of {@code cycles} input vectors
 * applied from the reset state.
 */
public record PatternSet(boolean exhaustive, long count, long seed, int cycles) {
    /**
     * Combinational circuits with at most this many inputs are enumerated exhaustively by default (2^20
     * patterns: about as many as the default random count, so enumeration is no slower).
     */
    public static final int AUTO_EXHAUSTIVE_INPUTS = 20;
    /**
     * Exhaustive enumeration asked for explicitly ({@link #exhaustive}) is refused above this many inputs:
     * 2^24 patterns, 16 times the automatic limit, is the most a campaign enumerates.
     */
    public static final int MAX_EXHAUSTIVE_INPUTS = 24;

    public PatternSet {
        if (count < 1) {
            throw new IllegalArgumentException("pattern count must be at least 1: " + count);
        }
        if (cycles < 1) {
            throw new IllegalArgumentException("cycles must be at least 1: " + cycles);
        }
    }

    /** Exhaustive when combinational with at most {@value #AUTO_EXHAUSTIVE_INPUTS} inputs, else {@code randomCount} random patterns. */
    public static PatternSet choose(int inputs, boolean sequential, long randomCount, long seed, int cycles) {
        if (!sequential && inputs <= AUTO_EXHAUSTIVE_INPUTS) {
            return new PatternSet(true, Patterns.exhaustiveCount(inputs), seed, 1);
        }
        return new PatternSet(false, randomCount, seed, sequential ? cycles : 1);
    }

    /**
     * Every combination of {@code inputs} inputs of a combinational circuit, asked for explicitly.
     *
     * @throws IllegalArgumentException above {@link #MAX_EXHAUSTIVE_INPUTS} inputs
     */
    public static PatternSet exhaustive(int inputs, long seed) {
        if (inputs > MAX_EXHAUSTIVE_INPUTS) {
            throw new IllegalArgumentException("exhaustive: " + inputs + " inputs make 2^" + inputs + " patterns, beyond the "
                    + "limit of 2^" + MAX_EXHAUSTIVE_INPUTS + "; use random patterns instead");
        }
        return new PatternSet(true, 1L << inputs, seed, 1);
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
