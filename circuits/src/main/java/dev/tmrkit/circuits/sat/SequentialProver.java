package dev.tmrkit.circuits.sat;

import dev.tmrkit.circuits.tmr.check.Counterexample;
import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.circuits.tmr.check.PortMap;
import dev.tmrkit.gates.Netlist;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sequential equivalence of two netlists from reset (every flip-flop 0), ports matched by name as
 * {@link Equivalence} matches them, so the second may be a TMR of the first:
 * <ol>
 *   <li>random sequences from reset, for a cheap counterexample;</li>
 *   <li>induction over a register correspondence ({@link RegisterCorrespondence}): registers that agree in
 *   simulation are assumed equal, classes that SAT shows can part are split until the assumption is
 *   inductive; if the outputs are then equal, the netlists are equivalent in every cycle (proven). For a TMR
 *   netlist that is "each replica's register equals the original's, so it stays equal";</li>
 *   <li>otherwise (or when the induction has used half the time limit) bounded model checking: both netlists unrolled {@code depth} cycles from reset, every
 *   output compared in every cycle by SAT — a counterexample sequence, or "no difference up to depth K"
 *   which is not a proof.</li>
 * </ol>
 */
public final class SequentialProver {

    /** What was established. */
    public enum Status {
        /** Equal outputs in every cycle from reset, by induction. */
        PROVEN,
        /** A sequence from reset on which an output differs. */
        DIFFERENT,
        /** No difference in the first {@code depth} cycles from reset; nothing said about later cycles. */
        BOUNDED,
        /** The time limit ran out. */
        UNKNOWN
    }

    /** The most cycles the bounded check unrolls. */
    public static final int MAX_DEPTH = 10_000;

    /**
     * How hard to look.
     *
     * @param depth           cycles of the bounded check (and of each random sequence)
     * @param randomSequences random sequences simulated first
     * @param seed            their seed, and that of the register signatures
     * @param timeLimit       the SAT steps' time limit, together
     */
    public record Settings(int depth, long randomSequences, long seed, Duration timeLimit) {
        public Settings {
            if (depth < 1 || depth > MAX_DEPTH) {
                throw new IllegalArgumentException("the depth must be between 1 and " + MAX_DEPTH + ": " + depth);
            }
            if (randomSequences < 1) {
                throw new IllegalArgumentException("random sequences must be at least 1: " + randomSequences);
            }
            if (timeLimit.isNegative() || timeLimit.isZero()) {
                throw new IllegalArgumentException("the time limit must be positive: " + timeLimit);
            }
        }
    }

    /**
     * The verdict.
     *
     * @param status         see {@link Status}
     * @param method         {@code random simulation}, {@code induction} or {@code bounded SAT}
     * @param counterexample for {@link Status#DIFFERENT}: the input sequence from reset, the cycle and the output
     * @param depth          the bounded check's depth (the cycles checked for {@link Status#BOUNDED})
     * @param registers      flip-flops of both netlists
     * @param classes        register classes of the last induction attempt
     * @param satQueries     SAT queries made
     */
    public record Result(Status status, String method, Optional<Counterexample> counterexample, int depth, int registers,
                         int classes, long satQueries) {
        public boolean proven() {
            return status == Status.PROVEN;
        }
    }

    private SequentialProver() {
    }

    /**
     * @throws IllegalArgumentException when the ports do not match by name, or neither netlist is sequential
     */
    public static Result prove(Netlist a, Netlist b, Settings settings) {
        if (!a.isSequential() && !b.isSequential()) {
            throw new IllegalArgumentException("neither '" + a.name() + "' nor '" + b.name() + "' has a flip-flop: "
                    + "combinational equivalence needs no depth");
        }
        PortMap ports = PortMap.of(a, b);
        long deadline = System.nanoTime() + settings.timeLimit().toNanos();
        int registers = a.dffGates().length + b.dffGates().length;
        Equivalence.Verdict sim = Equivalence.verify(a, b,
                new Equivalence.Settings(settings.randomSequences(), settings.depth(), settings.seed()));
        if (sim.counterexample().isPresent()) {
            return new Result(Status.DIFFERENT, "random simulation", sim.counterexample(), settings.depth(), registers, 0, 0);
        }
        long half = System.nanoTime() + (deadline - System.nanoTime()) / 2;
        int[] identity = new int[a.inputCount()];
        int[] fromA = new int[b.inputCount()];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        for (int i = 0; i < fromA.length; i++) {
            fromA[i] = ports.originalInput(i);
        }
        RegisterCorrespondence induction = new RegisterCorrespondence(
                new RegisterCorrespondence.Pair(a, b, a.inputCount(), identity, fromA, List.of()),
                (enc, fa, fb) -> differences(enc, ports, fa.nets(), fb.outputs()), settings.seed(), half);
        if (induction.run() == RegisterCorrespondence.Outcome.PROVEN) {
            return new Result(Status.PROVEN, "induction", Optional.empty(), settings.depth(), registers, induction.classes(),
                    induction.queries());
        }
        return bounded(a, b, ports, settings, deadline, registers, induction);
    }

    private static Result bounded(Netlist a, Netlist b, PortMap ports, Settings settings, long deadline, int registers,
                                  RegisterCorrespondence induction) {
        SatSolver solver = new SatSolver();
        Encoder enc = new Encoder(solver, settings.seed(), false);
        int[] dffA = a.dffGates();
        int[] dffB = b.dffGates();
        int[] stateA = constantZero(dffA.length);
        int[] stateB = constantZero(dffB.length);
        List<int[]> frames = new ArrayList<>();
        for (int t = 0; t < settings.depth(); t++) {
            int[] inA = new int[a.inputCount()];
            for (int i = 0; i < inA.length; i++) {
                inA[i] = enc.input();
            }
            frames.add(inA);
            int[] inB = new int[b.inputCount()];
            for (int i = 0; i < inB.length; i++) {
                inB[i] = inA[ports.originalInput(i)];
            }
            int[] litA = enc.encode(a, inA, stateA);
            int[] litB = enc.encode(b, inB, stateB);
            int[] outB = new int[b.outputCount()];
            for (int o = 0; o < outB.length; o++) {
                outB[o] = litB[b.output(o)];
            }
            int[] diffs = differences(enc, ports, litA, outB);
            for (int o = 0; o < ports.outputs(); o++) {
                int net = ports.originalNet(o);
                int expected = net < 0 ? Encoder.FALSE : litA[net];
                int diff = diffs[o];
                if (diff == Encoder.FALSE) {
                    continue;
                }
                SatSolver.Answer answer = solver.solve(new int[] {diff}, deadline);
                long queries = induction.queries() + solver.queries();
                if (answer == SatSolver.Answer.UNKNOWN) {
                    return new Result(Status.UNKNOWN, "bounded SAT", Optional.empty(), t, registers, induction.classes(), queries);
                }
                if (answer == SatSolver.Answer.SAT) {
                    List<String> vectors = new ArrayList<>();
                    for (int[] frame : frames) {
                        StringBuilder v = new StringBuilder();
                        for (int lit : frame) {
                            v.append(solver.value(lit) ? '1' : '0');
                        }
                        vectors.add(v.toString());
                    }
                    boolean e = solver.value(expected);
                    Counterexample cex = new Counterexample(vectors, t, o, ports.tmrOutputName(o), e, !e);
                    return new Result(Status.DIFFERENT, "bounded SAT", Optional.of(cex), settings.depth(), registers,
                            induction.classes(), queries);
                }
            }
            stateA = next(a, dffA, litA);
            stateB = next(b, dffB, litB);
        }
        return new Result(Status.BOUNDED, "bounded SAT", Optional.empty(), settings.depth(), registers, induction.classes(),
                induction.queries() + solver.queries());
    }

    /** Per output of b: the literal "it differs from a's net of the same name" (a's nets, b's output literals). */
    private static int[] differences(Encoder enc, PortMap ports, int[] netsA, int[] outB) {
        int[] d = new int[ports.outputs()];
        for (int o = 0; o < d.length; o++) {
            int net = ports.originalNet(o);
            d[o] = enc.xor(net < 0 ? Encoder.FALSE : netsA[net], outB[o]);
        }
        return d;
    }

    static int[] constantZero(int n) {
        int[] s = new int[n];
        java.util.Arrays.fill(s, Encoder.FALSE);
        return s;
    }

    /** The literals of the flip-flops' D inputs: the next state. */
    static int[] next(Netlist n, int[] dffs, int[] lit) {
        int[] s = new int[dffs.length];
        for (int k = 0; k < dffs.length; k++) {
            s[k] = lit[n.gateInput(dffs[k], 0)];
        }
        return s;
    }
}
