package dev.tmrkit.circuits.sat;

import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.gates.Netlist;
import java.time.Duration;

/**
 * The proof step after the TMR pass, shared by {@code tmr} and {@code report --tmr}: after the simulation
 * check, a combinational TMR netlist is proven by SAT ({@link EquivalenceProver}), a sequential one by
 * induction over the register correspondence ({@link SequentialProver}, which falls back to a bounded check
 * as deep as the simulated sequences). A difference found here is a bug in the TMR pass.
 */
public final class TmrProofStep {

    /**
     * What was established.
     *
     * @param proven true only for a proof (exhaustive simulation, SAT, induction)
     * @param method {@code exhaustive}, {@code SAT}, {@code induction}, {@code bounded SAT} or {@code random simulation}
     * @param claim  one sentence for people: {@code proven equivalent …} or {@code no difference in … (not proven: …)}
     */
    public record Claim(boolean proven, String method, String claim) {
    }

    private TmrProofStep() {
    }

    /**
     * @param verdict the simulation check's verdict (equivalent)
     * @param limit   the SAT time limit; zero for no proof attempt
     * @throws IllegalStateException when the proof finds a difference the simulation missed (a TMR pass bug)
     */
    public static Claim prove(Netlist original, Netlist tmr, Equivalence.Verdict verdict, Duration limit, long seed) {
        if (verdict.exhaustive()) {
            return new Claim(true, "exhaustive", "proven equivalent to the original, " + verdict.describePatterns());
        }
        String simulated = verdict.describePatterns();
        if (limit.isZero()) {
            return new Claim(false, "random simulation", "no difference in " + simulated + " (not proven: --prove-limit 0)");
        }
        if (original.isSequential() || tmr.isSequential()) {
            SequentialProver.Result r = SequentialProver.prove(original, tmr,
                    new SequentialProver.Settings(Math.max(1, verdict.cycles()), 1, seed, limit));
            return switch (r.status()) {
                case PROVEN -> new Claim(true, "induction", "proven equivalent to the original (induction over the "
                        + "register correspondence, " + r.classes() + " classes of " + r.registers() + " flip-flops); before it "
                        + "no difference in " + simulated);
                case DIFFERENT -> throw bug(r.counterexample().get().describe(), r.method());
                case BOUNDED -> new Claim(false, "bounded SAT", "no difference in " + simulated + ", nor by SAT in the first "
                        + r.depth() + " cycles from reset (bounded to depth " + r.depth() + ", not proven: the register "
                        + "correspondence is not inductive)");
                case UNKNOWN -> new Claim(false, "random simulation", "no difference in " + simulated
                        + " (not proven: induction and bounded SAT gave up after " + limit.toSeconds() + " s)");
            };
        }
        EquivalenceProver.Result r = EquivalenceProver.bySat(original, tmr, new EquivalenceProver.Settings(1, seed, limit));
        return switch (r.status()) {
            case PROVEN -> new Claim(true, "SAT", "proven equivalent to the original (SAT); before it no difference in " + simulated);
            case DIFFERENT -> throw bug(r.counterexample().get().describe(), "SAT");
            case UNKNOWN -> new Claim(false, "random simulation", "no difference in " + simulated + " (not proven: SAT gave up after "
                    + limit.toSeconds() + " s)");
        };
    }

    private static IllegalStateException bug(String what, String method) {
        return new IllegalStateException("the TMR netlist is not equivalent to the original, which is a bug in the TMR pass: "
                + what + " (" + method + "); nothing was written");
    }
}
