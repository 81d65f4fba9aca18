package dev.tmrkit.circuits.sat;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import dev.tmrkit.gates.fault.Fault;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Induction over a register correspondence (van Eijk's method, for the registers of two netlists together):
 * the registers of both netlists are grouped by their values in random simulation from reset; the invariant
 * "registers of one class are equal" holds at reset (every register is 0) and is assumed in an arbitrary
 * state; SAT looks for a state and input where two registers of a class get different next values, and every
 * such model splits the classes by those values, until no class splits. Then the invariant is inductive, and
 * if no state that satisfies it makes a "bad" literal true (an output differs, or a fault shows), that never
 * happens in any reachable cycle. The second netlist may carry stuck-at faults (a faulty copy of the first).
 *
 * <p>A model found under a stronger invariant satisfies every weaker one, so one encoding serves all splits
 * found in a pass over the registers.
 */
final class RegisterCorrespondence {
    /** How the induction ended. */
    enum Outcome { PROVEN, NOT_INDUCTIVE, UNKNOWN }

    private static final int WORDS = 4;
    private static final int CYCLES = 64;

    /**
     * Two netlists stepped together from reset on shared inputs.
     *
     * @param logical the shared inputs
     * @param aInput  a's primary input -> shared input
     * @param bInput  b's primary input -> shared input
     * @param bFaults stuck-at faults of b (acting in every cycle)
     */
    record Pair(Netlist a, Netlist b, int logical, int[] aInput, int[] bInput, List<? extends Fault> bFaults) {
    }

    /** The literals that must never be true, from one cycle of both netlists. */
    interface Bad {
        int[] literals(Encoder enc, Frame a, Frame b);
    }

    private final Netlist a;
    private final Netlist b;
    private final Pair pair;
    private final Bad bad;
    private final long seed;
    private final long deadline;
    private final int[] dffA;
    private final int[] dffB;
    private int[] classOf;   // register (a's first, then b's) -> class
    private int classes;
    private long queries;

    RegisterCorrespondence(Pair pair, Bad bad, long seed, long deadline) {
        this.a = pair.a();
        this.b = pair.b();
        this.pair = pair;
        this.bad = bad;
        this.seed = seed;
        this.deadline = deadline;
        this.dffA = a.dffGates();
        this.dffB = b.dffGates();
    }

    int classes() {
        return classes;
    }

    long queries() {
        return queries;
    }

    Outcome run() {
        return run(simulatedClasses(pair, seed, 0));
    }

    /**
     * Induction from a given partition ({@code initial[register]} = its class, a's registers first) instead of
     * the one simulation from reset finds: the caller has established that the partition holds in the first
     * state it cares about (for reset, any partition does).
     */
    Outcome run(int[] initial) {
        classOf = initial.clone();
        classes = Arrays.stream(classOf).max().orElse(-1) + 1;
        while (true) {
            SatSolver solver = new SatSolver();
            Encoder enc = new Encoder(solver, seed, false);
            int[] classLit = new int[classes];
            for (int c = 0; c < classes; c++) {
                classLit[c] = enc.input();
            }
            int[] shared = new int[pair.logical()];
            for (int i = 0; i < shared.length; i++) {
                shared[i] = enc.input();
            }
            Frame fa = Frame.encode(enc, a, pick(shared, pair.aInput()), state(classLit, 0, dffA.length), List.of(), 0);
            Frame fb = Frame.encode(enc, b, pick(shared, pair.bInput()), state(classLit, dffA.length, dffB.length),
                    pair.bFaults(), 0);
            int[] nextA = fa.next();
            int[] nextB = fb.next();
            int[] next = new int[nextA.length + nextB.length];
            System.arraycopy(nextA, 0, next, 0, nextA.length);
            System.arraycopy(nextB, 0, next, nextA.length, nextB.length);
            Outcome pass = splitPass(solver, enc, next);
            queries += solver.queries();
            if (pass == Outcome.UNKNOWN) {
                return Outcome.UNKNOWN;
            }
            if (pass == Outcome.PROVEN) {
                return outputs(fa, fb, enc, solver);
            }
        }
    }

    /** PROVEN when no class split (the invariant is inductive), NOT_INDUCTIVE when one did. */
    private Outcome splitPass(SatSolver solver, Encoder enc, int[] next) {
        boolean split = false;
        int[] rep = representatives();
        for (int r = 0; r < next.length; r++) {
            int first = rep[classOf[r]];
            if (first == r) {
                continue;
            }
            int diff = enc.xor(next[r], next[first]);
            if (diff == Encoder.FALSE) {
                continue;
            }
            SatSolver.Answer answer = solver.solve(new int[] {diff}, deadline);
            if (answer == SatSolver.Answer.UNKNOWN) {
                return Outcome.UNKNOWN;
            }
            if (answer == SatSolver.Answer.SAT) {
                refine(solver, next);
                rep = representatives();
                split = true;
            }
        }
        return split ? Outcome.NOT_INDUCTIVE : Outcome.PROVEN;
    }

    private Outcome outputs(Frame fa, Frame fb, Encoder enc, SatSolver solver) {
        for (int lit : bad.literals(enc, fa, fb)) {
            if (lit == Encoder.FALSE) {
                continue;
            }
            SatSolver.Answer answer = solver.solve(new int[] {lit}, deadline);
            queries++;
            if (answer != SatSolver.Answer.UNSAT) {
                return answer == SatSolver.Answer.SAT ? Outcome.NOT_INDUCTIVE : Outcome.UNKNOWN;
            }
        }
        return Outcome.PROVEN;
    }

    /** The literals of {@code map}'s shared inputs, in order. */
    static int[] pick(int[] shared, int[] map) {
        int[] lits = new int[map.length];
        for (int i = 0; i < lits.length; i++) {
            lits[i] = shared[map[i]];
        }
        return lits;
    }

    private int[] state(int[] classLit, int from, int count) {
        int[] s = new int[count];
        for (int k = 0; k < count; k++) {
            s[k] = classLit[classOf[from + k]];
        }
        return s;
    }

    private int[] representatives() {
        int[] rep = new int[classes];
        Arrays.fill(rep, -1);
        for (int r = 0; r < classOf.length; r++) {
            if (rep[classOf[r]] < 0) {
                rep[classOf[r]] = r;
            }
        }
        return rep;
    }

    /** Splits every class by the registers' next values in the solver's model. */
    private void refine(SatSolver solver, int[] next) {
        Map<Long, Integer> renumber = new HashMap<>();
        int[] fresh = new int[classOf.length];
        for (int r = 0; r < classOf.length; r++) {
            long key = 2L * classOf[r] + (solver.value(next[r]) ? 1 : 0);
            fresh[r] = renumber.computeIfAbsent(key, k -> renumber.size());
        }
        classOf = fresh;
        classes = renumber.size();
    }

    /**
     * Registers grouped (numbered 0, 1, ... in order of first appearance) by their values over random sequences
     * from reset in cycles {@code from} to {@code from + 63} (both netlists, the same inputs, b with its faults).
     */
    static int[] simulatedClasses(Pair pair, long seed, int from) {
        Netlist a = pair.a();
        Netlist b = pair.b();
        int na = a.dffGates().length;
        Simulation simA = CompiledEvaluator.compile(a).newSimulation(WORDS).reset();
        Simulation simB = CompiledEvaluator.compile(b).newSimulation(WORDS).setFaults(pair.bFaults()).reset();
        int regs = na + b.dffGates().length;
        long[][] trace = new long[regs][CYCLES * WORDS];
        SplittableRandom random = new SplittableRandom(seed);
        long[] word = new long[WORDS];
        for (int t = 0; t < from + CYCLES; t++) {
            int c = t - from;
            for (int r = 0; r < regs && c >= 0; r++) {
                for (int w = 0; w < WORDS; w++) {
                    trace[r][c * WORDS + w] = r < na ? simA.state(r, w) : simB.state(r - na, w);
                }
            }
            long[][] in = new long[pair.logical()][];
            for (int i = 0; i < in.length; i++) {
                for (int w = 0; w < WORDS; w++) {
                    word[w] = random.nextLong();
                }
                in[i] = word.clone();
            }
            for (int i = 0; i < a.inputCount(); i++) {
                simA.setInput(i, in[pair.aInput()[i]]);
            }
            for (int i = 0; i < b.inputCount(); i++) {
                simB.setInput(i, in[pair.bInput()[i]]);
            }
            simA.step();
            simB.step();
        }
        Map<Trace, Integer> ids = new HashMap<>();
        int[] cls = new int[regs];
        for (int r = 0; r < regs; r++) {
            cls[r] = ids.computeIfAbsent(new Trace(trace[r]), k -> ids.size());
        }
        return cls;
    }

    private record Trace(long[] words) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Trace t && Arrays.equals(t.words, words);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(words);
        }
    }
}
