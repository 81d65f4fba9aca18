package dev.tmrkit.circuits.tmr.check;

import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.Patterns;
import dev.tmrkit.gates.eval.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Checks the core law of the TMR pass, TMR(N) ≡ N without faults, by simulation. Ports are matched by
 * name through {@link TmrRoles}, so the TMR netlist may have been written to a file and read back: a TMR
 * input is an original input of the same name or a replica copy {@code $tmr$X$x} of one (all three copies
 * get the same value); a TMR output stands for the original net of the same name or the net its voter or
 * replica votes, and must show that net's value; the mismatch output must stay 0.
 *
 * <p>Patterns: a combinational original with at most {@value #EXHAUSTIVE_LIMIT} inputs is checked on every
 * input combination; otherwise on {@link Settings#randomPatterns} random patterns from the seed, and a
 * sequential circuit on that many random sequences of {@link Settings#cycles} cycles from reset, comparing
 * the outputs in every cycle.
 */
public final class Equivalence {
    /** Combinational circuits with at most this many inputs are checked exhaustively. */
    public static final int EXHAUSTIVE_LIMIT = 20;
    private static final int CHUNK_WORDS = 64;

    /**
     * How hard to look.
     *
     * @param randomPatterns random patterns (sequences, for sequential circuits) when not exhaustive
     * @param cycles         clock cycles per sequence for sequential circuits
     * @param seed           the seed of every random choice
     */
    public record Settings(long randomPatterns, int cycles, long seed) {
        /** 100 000 random patterns, sequences of 32 cycles, seed 1. */
        public static final Settings DEFAULT = new Settings(100_000, 32, 1);

        public Settings {
            if (randomPatterns < 1) {
                throw new IllegalArgumentException("random patterns must be at least 1: " + randomPatterns);
            }
            if (cycles < 1) {
                throw new IllegalArgumentException("cycles must be at least 1: " + cycles);
            }
        }
    }

    /**
     * The outcome of a check.
     *
     * @param exhaustive     every input combination was applied
     * @param patterns       patterns (sequences) applied
     * @param cycles         cycles per pattern (1 for combinational circuits)
     * @param seed           the seed of the random patterns
     * @param counterexample the first difference found, if any
     */
    public record Verdict(boolean exhaustive, long patterns, int cycles, long seed, Optional<Counterexample> counterexample) {
        public boolean equivalent() {
            return counterexample.isEmpty();
        }

        /** The patterns in words: {@code exhaustive (32 patterns)}, {@code 100000 random sequences of 32 cycles, seed 1}. */
        public String describePatterns() {
            if (exhaustive) {
                return "exhaustive (" + patterns + " patterns)";
            }
            return patterns + (cycles > 1 ? " random sequences of " + cycles + " cycles from reset" : " random patterns")
                    + ", seed " + seed;
        }
    }

    private Equivalence() {
    }

    /** {@link #check(Netlist, Netlist, Settings)} with {@link Settings#DEFAULT}. */
    public static Optional<Counterexample> check(Netlist original, Netlist tmr) {
        return check(original, tmr, Settings.DEFAULT);
    }

    /**
     * The first difference between the original and the TMR netlist, or empty when none was found.
     *
     * @throws IllegalArgumentException when the ports do not match by name (not a TMR of this original)
     */
    public static Optional<Counterexample> check(Netlist original, Netlist tmr, Settings settings) {
        return verify(original, tmr, settings).counterexample();
    }

    /** As {@link #check(Netlist, Netlist, Settings)}, with how many patterns were applied. */
    public static Verdict verify(Netlist original, Netlist tmr, Settings settings) {
        PortMap ports = PortMap.of(original, tmr);
        boolean sequential = original.isSequential() || tmr.isSequential();
        int n = original.inputCount();
        boolean exhaustive = !sequential && n <= EXHAUSTIVE_LIMIT;
        long count = exhaustive ? Patterns.exhaustiveCount(n) : settings.randomPatterns();
        int cycles = sequential ? settings.cycles() : 1;
        Run run = new Run(original, tmr, ports, cycles, exhaustive, count, settings.seed());
        return new Verdict(exhaustive, count, cycles, settings.seed(), run.find());
    }

    /** One simulation of both netlists over every pattern, chunk by chunk. */
    private static final class Run {
        private final Netlist original;
        private final PortMap ports;
        private final int cycles;
        private final boolean exhaustive;
        private final long count;
        private final SplittableRandom random;
        private final Simulation good;
        private final Simulation tmr;
        private final long[][][] in;   // [cycle][original input][word of the chunk]

        Run(Netlist original, Netlist tmrNetlist, PortMap ports, int cycles, boolean exhaustive, long count, long seed) {
            this.original = original;
            this.ports = ports;
            this.cycles = cycles;
            this.exhaustive = exhaustive;
            this.count = count;
            this.random = new SplittableRandom(seed);
            int words = (int) Math.min(CHUNK_WORDS, (count + 63) / 64);
            this.good = CompiledEvaluator.compile(original).newSimulation(words);
            this.tmr = CompiledEvaluator.compile(tmrNetlist).newSimulation(words);
            this.in = new long[cycles][original.inputCount()][words];
        }

        Optional<Counterexample> find() {
            long totalWords = (count + 63) / 64;
            int w = good.words();
            for (long base = 0; base < totalWords; base += w) {
                fill(base);
                good.reset();
                tmr.reset();
                for (int c = 0; c < cycles; c++) {
                    load(c);
                    good.evaluate();
                    tmr.evaluate();
                    for (int k = 0; k < w && base + k < totalWords; k++) {
                        long valid = validLanes(base + k);
                        for (int o = 0; o < ports.outputs(); o++) {
                            long expected = expected(o, k);
                            long wrong = (tmr.output(o, k) ^ expected) & valid;
                            if (wrong != 0) {
                                int lane = Long.numberOfTrailingZeros(wrong);
                                return Optional.of(counterexample(c, k, lane, o, (expected >>> lane & 1) != 0));
                            }
                        }
                    }
                    good.clock();
                    tmr.clock();
                }
            }
            return Optional.empty();
        }

        private long expected(int output, int word) {
            int net = ports.originalNet(output);
            return net < 0 ? 0L : good.net(net, word);
        }

        private long validLanes(long word) {
            long rest = count - 64 * word;
            return rest >= 64 ? -1L : (1L << rest) - 1;
        }

        private void fill(long base) {
            int n = original.inputCount();
            for (int c = 0; c < cycles; c++) {
                for (int i = 0; i < n; i++) {
                    for (int k = 0; k < in[c][i].length; k++) {
                        in[c][i][k] = exhaustive ? Patterns.exhaustiveWord(i, n, (int) (base + k)) : random.nextLong();
                    }
                }
            }
        }

        private void load(int cycle) {
            for (int i = 0; i < original.inputCount(); i++) {
                good.setInput(i, in[cycle][i]);
            }
            for (int t = 0; t < ports.inputs(); t++) {
                tmr.setInput(t, in[cycle][ports.originalInput(t)]);
            }
        }

        private Counterexample counterexample(int cycle, int word, int lane, int output, boolean expected) {
            List<String> vectors = new ArrayList<>();
            for (int c = 0; c <= cycle; c++) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < original.inputCount(); i++) {
                    sb.append((in[c][i][word] >>> lane & 1) != 0 ? '1' : '0');
                }
                vectors.add(sb.toString());
            }
            return new Counterexample(vectors, cycle, output, ports.tmrOutputName(output), expected, !expected);
        }
    }
}
