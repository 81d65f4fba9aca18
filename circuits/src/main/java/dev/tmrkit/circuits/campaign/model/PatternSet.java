package dev.tmrkit.circuits.campaign.model;

import dev.tmrkit.gates.eval.Patterns;
import java.util.SplittableRandom;

/**
 * The input patterns of a campaign: every input combination, {@code count} random patterns drawn
 * from {@code seed}, or vectors given by the user ({@code given}, one cycle each, so that other fault
 * simulators can be compared on the very same patterns). For sequential circuits a pattern is a sequence
 * of {@code cycles} input vectors applied from the reset state.
 */
public record PatternSet(boolean exhaustive, long count, long seed, int cycles, Given given) {
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
        if (given != null && (exhaustive || cycles != 1 || count != given.count())) {
            throw new IllegalArgumentException("given vectors are " + given.count() + " single-cycle patterns");
        }
    }

    /** Exhaustive or random patterns. */
    public PatternSet(boolean exhaustive, long count, long seed, int cycles) {
        this(exhaustive, count, seed, cycles, null);
    }

    /** The given vectors, in order, as single-cycle patterns ({@code seed} is kept for the run's other random choices). */
    public static PatternSet of(Given given, long seed) {
        return new PatternSet(false, given.count(), seed, 1, given);
    }

    /**
     * Input vectors from {@code source} (for reports): {@code words[input][word]}, pattern p in bit p % 64 of
     * word p / 64, over {@code count} patterns.
     */
    public record Given(String source, long count, long[][] words) {
        public Given {
            if (count < 1) {
                throw new IllegalArgumentException(source + ": no input vectors");
            }
            words = words.clone();
            for (int i = 0; i < words.length; i++) {
                if (words[i].length != (count + 63) / 64) {
                    throw new IllegalArgumentException("input " + i + " has " + words[i].length + " words for " + count + " patterns");
                }
                words[i] = words[i].clone();
            }
        }

        /** Packs vectors (one boolean per input, in declared order) 64 to a word. */
        public static Given of(String source, java.util.List<boolean[]> vectors, int inputs) {
            long[][] w = new long[inputs][(vectors.size() + 63) / 64];
            for (int p = 0; p < vectors.size(); p++) {
                boolean[] v = vectors.get(p);
                if (v.length != inputs) {
                    throw new IllegalArgumentException("vector " + (p + 1) + " has " + v.length + " values for " + inputs + " inputs");
                }
                for (int i = 0; i < inputs; i++) {
                    if (v[i]) {
                        w[i][p / 64] |= 1L << (p % 64);
                    }
                }
            }
            return new Given(source, vectors.size(), w);
        }

        public int inputs() {
            return words.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Given g && g.source.equals(source) && g.count == count && java.util.Arrays.deepEquals(g.words, words);
        }

        @Override
        public int hashCode() {
            return source.hashCode() * 31 + java.util.Arrays.deepHashCode(words);
        }

        @Override
        public String toString() {
            return count + " vectors from " + source;
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
        if (given != null) {
            if (given.inputs() != inputs) {
                throw new IllegalArgumentException("the given vectors have " + given.inputs() + " inputs, the circuit " + inputs);
            }
            long[][][] in = new long[1][inputs][];
            for (int i = 0; i < inputs; i++) {
                in[0][i] = given.words()[i].clone();
            }
            return in;
        }
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
        if (given != null) {
            return count + " patterns from " + given.source();
        }
        if (exhaustive) {
            return "exhaustive (" + count + " patterns)";
        }
        return count + " random patterns" + (cycles > 1 ? " of " + cycles + " cycles" : "") + ", seed " + seed;
    }
}
