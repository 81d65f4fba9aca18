package dev.tmrkit.circuits.sat;

import dev.tmrkit.circuits.tmr.check.Counterexample;
import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.circuits.tmr.check.PortMap;
import dev.tmrkit.gates.Netlist;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Combinational equivalence of two netlists, ports matched by name as {@link Equivalence} matches them
 * (so the second may be a TMR of the first, read back from a file): first random simulation with the
 * bit-parallel evaluator for a cheap counterexample (every input combination when there are at most
 * {@value Equivalence#EXHAUSTIVE_LIMIT} inputs, which is a proof by itself), then a miter of the two
 * structurally hashed, swept encodings solved by SAT output by output.
 */
public final class EquivalenceProver {

    /** What was established. */
    public enum Status { PROVEN, DIFFERENT, UNKNOWN }

    /**
     * How hard to look.
     *
     * @param randomPatterns random patterns of the simulation step
     * @param seed           the seed of the patterns and of the encoder's signatures
     * @param timeLimit      the SAT step's time limit
     */
    public record Settings(long randomPatterns, long seed, Duration timeLimit) {
        public static final Settings DEFAULT = new Settings(10_000, 1, Duration.ofSeconds(60));

        public Settings {
            if (randomPatterns < 1) {
                throw new IllegalArgumentException("random patterns must be at least 1: " + randomPatterns);
            }
            if (timeLimit.isNegative() || timeLimit.isZero()) {
                throw new IllegalArgumentException("the time limit must be positive: " + timeLimit);
            }
        }
    }

    /**
     * The verdict.
     *
     * @param status         proven equivalent, a difference found, or neither within the time limit
     * @param method         how: {@code exhaustive simulation}, {@code random simulation} (a counterexample
     *                       only) or {@code SAT}
     * @param counterexample for {@link Status#DIFFERENT}: inputs (first netlist's input order) and the output
     * @param patterns       patterns simulated before SAT
     * @param seed           their seed
     * @param satQueries     SAT queries made (sweeping included)
     * @param merges         nodes merged by SAT sweeping
     */
    public record Result(Status status, String method, Optional<Counterexample> counterexample, long patterns, long seed,
                         long satQueries, long merges) {
        public boolean proven() {
            return status == Status.PROVEN;
        }
    }

    private EquivalenceProver() {
    }

    /**
     * @throws IllegalArgumentException when the ports do not match by name, or a netlist is sequential
     */
    public static Result prove(Netlist a, Netlist b, Settings settings) {
        if (a.isSequential() || b.isSequential()) {
            throw new IllegalArgumentException("'" + (a.isSequential() ? a : b).name()
                    + "' is sequential: only combinational equivalence is proven");
        }
        PortMap ports = PortMap.of(a, b);
        Equivalence.Verdict sim = Equivalence.verify(a, b, new Equivalence.Settings(settings.randomPatterns(), 1, settings.seed()));
        if (sim.counterexample().isPresent()) {
            return new Result(Status.DIFFERENT, sim.exhaustive() ? "exhaustive simulation" : "random simulation",
                    sim.counterexample(), sim.patterns(), sim.seed(), 0, 0);
        }
        if (sim.exhaustive()) {
            return new Result(Status.PROVEN, "exhaustive simulation", Optional.empty(), sim.patterns(), sim.seed(), 0, 0);
        }
        return bySat(a, b, ports, settings, sim.patterns());
    }

    /** The SAT step alone, no simulation first (the {@code tmr} command simulates before, with its own settings). */
    public static Result bySat(Netlist a, Netlist b, Settings settings) {
        return bySat(a, b, PortMap.of(a, b), settings, 0);
    }

    private static Result bySat(Netlist a, Netlist b, PortMap ports, Settings settings, long patterns) {
        long deadline = System.nanoTime() + settings.timeLimit().toNanos();
        SatSolver solver = new SatSolver();
        Encoder enc = new Encoder(solver, settings.seed(), true);
        int[] inA = new int[a.inputCount()];
        for (int i = 0; i < inA.length; i++) {
            inA[i] = enc.input();
        }
        int[] inB = new int[b.inputCount()];
        for (int t = 0; t < inB.length; t++) {
            inB[t] = inA[ports.originalInput(t)];
        }
        int[] litA = enc.encode(a, inA);
        int[] litB = enc.encode(b, inB);
        for (int o = 0; o < ports.outputs(); o++) {
            int net = ports.originalNet(o);
            int expected = net < 0 ? Encoder.FALSE : litA[net];
            int actual = litB[b.output(o)];
            int diff = enc.xor(expected, actual);
            if (diff == Encoder.FALSE) {
                continue;
            }
            SatSolver.Answer answer = solver.solve(new int[] {diff}, deadline);
            if (answer == SatSolver.Answer.UNKNOWN) {
                return new Result(Status.UNKNOWN, "SAT", Optional.empty(), patterns, settings.seed(), solver.queries(), enc.merges());
            }
            if (answer == SatSolver.Answer.SAT) {
                StringBuilder v = new StringBuilder();
                for (int lit : inA) {
                    v.append(solver.value(lit) ? '1' : '0');
                }
                boolean e = solver.value(expected);
                Counterexample cex = new Counterexample(List.of(v.toString()), 0, o, ports.tmrOutputName(o), e, !e);
                return new Result(Status.DIFFERENT, "SAT", Optional.of(cex), patterns, settings.seed(), solver.queries(), enc.merges());
            }
        }
        return new Result(Status.PROVEN, "SAT", Optional.empty(), patterns, settings.seed(), solver.queries(), enc.merges());
    }
}
