package dev.tmrkit.circuits.sat;

import dev.tmrkit.circuits.tmr.InputTies;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.StuckAt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bounded model checking of one fault set: the fault-free and the faulty netlist unrolled together from
 * reset over the same structurally hashed variables, one incremental SAT query per cycle for "wrong and
 * unflagged" (and, with a mismatch output, one for "wrong" until it is found). For flips, after the last
 * strike, a query whether the faulty state can still differ from the fault-free one: when it cannot, both
 * run identically from there on, which proves the verdict for every later cycle.
 */
final class Unrolling {
    private final Netlist netlist;
    private final Judge judge;
    private final int mismatch;
    private final InputTies ties;
    private final long seed;
    private final List<Fault> set;

    Unrolling(Netlist netlist, Judge judge, int mismatch, InputTies ties, long seed, List<Fault> set) {
        this.netlist = netlist;
        this.judge = judge;
        this.mismatch = mismatch;
        this.ties = ties;
        this.seed = seed;
        this.set = set;
    }

    /**
     * @param window   cycles from reset to check
     * @param lastFlip the cycle of the last flip (ignored for a stuck-at fault)
     * @param wrong    a sequence already known to make the outputs wrong (flagged), if any
     */
    SequentialFaultProof run(int window, int lastFlip, Optional<List<String>> wrong, long deadline) {
        SatSolver solver = new SatSolver();
        Encoder enc = new Encoder(solver, seed, false);
        boolean stuck = set.get(0) instanceof StuckAt;
        int registers = netlist.dffGates().length;
        int[] good = SequentialProver.constantZero(registers);
        int[] faulty = SequentialProver.constantZero(registers);
        List<int[]> frames = new ArrayList<>();
        Optional<List<String>> flagged = wrong;
        int[] map = new int[netlist.inputCount()];
        for (int i = 0; i < map.length; i++) {
            map[i] = ties.sourceOf(i);
        }
        for (int t = 0; t < window; t++) {
            int[] shared = new int[ties.logicalInputs()];
            for (int i = 0; i < shared.length; i++) {
                shared[i] = enc.input();
            }
            frames.add(shared);
            int[] inputs = RegisterCorrespondence.pick(shared, map);
            Frame g = Frame.encode(enc, netlist, inputs, good, List.of(), t);
            Frame f = Frame.encode(enc, netlist, inputs, faulty, set, t);
            int w = judge.wrong(enc, g.outputs(), f.outputs());
            int bad = mismatch < 0 ? w : enc.and(w, -f.outputs()[mismatch]);
            SatSolver.Answer a = bad == Encoder.FALSE ? SatSolver.Answer.UNSAT : solver.solve(new int[] {bad}, deadline);
            if (a == SatSolver.Answer.SAT) {
                return new SequentialFaultProof(set, FaultProof.Verdict.SILENT, true, "bounded SAT", witness(solver, frames), t + 1);
            }
            if (a == SatSolver.Answer.UNKNOWN) {
                return unknown(t);
            }
            if (mismatch >= 0 && flagged.isEmpty() && w != Encoder.FALSE) {
                SatSolver.Answer any = solver.solve(new int[] {w}, deadline);
                if (any == SatSolver.Answer.UNKNOWN) {
                    return unknown(t);
                }
                if (any == SatSolver.Answer.SAT) {
                    flagged = Optional.of(witness(solver, frames));
                }
            }
            good = g.next();
            faulty = f.next();
            if (!stuck && t >= lastFlip) {
                SatSolver.Answer apart = differ(enc, solver, good, faulty, deadline);
                if (apart == SatSolver.Answer.UNKNOWN) {
                    return unknown(t);
                }
                if (apart == SatSolver.Answer.UNSAT) {
                    return verdict(flagged, true, "re-convergence", t + 1);
                }
                if (t == lastFlip && inductionAfterFlips(enc, solver, good, faulty, map, flagged.isPresent(), deadline)) {
                    return verdict(flagged, true, "induction", t + 1);
                }
            }
        }
        return verdict(flagged, false, "bounded SAT", window);
    }

    /**
     * Induction from the state after the last flip (from there on both netlists run fault-free): registers of
     * both grouped by simulation of the cycles after the flip; the grouping made to hold in that state for
     * every reachable run (SAT on the unrolled cycles, splitting classes by each model); then induction over
     * the register correspondence ({@link RegisterCorrespondence#run(int[])}), which only splits further, so
     * the invariant still holds in that state. True when no state satisfying it is bad (wrong, or with
     * {@code unflaggedOnly} wrong and unflagged) — for every cycle after the flip; the cycles up to it the
     * unrolling has checked.
     */
    private boolean inductionAfterFlips(Encoder enc, SatSolver solver, int[] good, int[] faulty, int[] map,
                                        boolean unflaggedOnly, long deadline) {
        if (unflaggedOnly && mismatch < 0) {
            return false;
        }
        long half = System.nanoTime() + (deadline - System.nanoTime()) / 2;
        int logical = ties.logicalInputs();
        int[] cls = RegisterCorrespondence.simulatedClasses(
                new RegisterCorrespondence.Pair(netlist, netlist, logical, map, map, set), seed, lastFlipOf(set) + 1);
        int[] lits = new int[good.length + faulty.length];
        System.arraycopy(good, 0, lits, 0, good.length);
        System.arraycopy(faulty, 0, lits, good.length, faulty.length);
        boolean split = true;
        while (split) {
            split = false;
            int[] rep = new int[lits.length];
            java.util.Arrays.fill(rep, -1);
            for (int r = 0; r < lits.length && !split; r++) {
                if (rep[cls[r]] < 0) {
                    rep[cls[r]] = r;
                    continue;
                }
                int diff = enc.xor(lits[r], lits[rep[cls[r]]]);
                SatSolver.Answer a = diff == Encoder.FALSE ? SatSolver.Answer.UNSAT : solver.solve(new int[] {diff}, half);
                if (a == SatSolver.Answer.UNKNOWN) {
                    return false;
                }
                if (a == SatSolver.Answer.SAT) {
                    java.util.Map<Long, Integer> renumber = new java.util.HashMap<>();
                    for (int k = 0; k < cls.length; k++) {
                        long key = 2L * cls[k] + (solver.value(lits[k]) ? 1 : 0);
                        cls[k] = renumber.computeIfAbsent(key, x -> renumber.size());
                    }
                    split = true;
                }
            }
        }
        RegisterCorrespondence rc = new RegisterCorrespondence(
                new RegisterCorrespondence.Pair(netlist, netlist, logical, map, map, List.of()),
                bad(judge, mismatch, unflaggedOnly), seed, half);
        return rc.run(cls) == RegisterCorrespondence.Outcome.PROVEN;
    }

    /** The literal that must never hold: the outputs wrong, or (unflaggedOnly) wrong and the mismatch output 0. */
    static RegisterCorrespondence.Bad bad(Judge judge, int mismatch, boolean unflaggedOnly) {
        return (enc, good, faulty) -> {
            int w = judge.wrong(enc, good.outputs(), faulty.outputs());
            return new int[] {unflaggedOnly ? enc.and(w, -faulty.outputs()[mismatch]) : w};
        };
    }

    private static int lastFlipOf(List<Fault> set) {
        int last = 0;
        for (Fault f : set) {
            last = Math.max(last, ((dev.tmrkit.gates.fault.BitFlip) f).cycle());
        }
        return last;
    }

    private SequentialFaultProof verdict(Optional<List<String>> flagged, boolean proven, String method, int cycles) {
        return flagged.isPresent()
                ? new SequentialFaultProof(set, FaultProof.Verdict.DETECTED, proven, method, flagged.get(), cycles)
                : new SequentialFaultProof(set, FaultProof.Verdict.MASKED, proven, method, List.of(), cycles);
    }

    private SequentialFaultProof unknown(int cycles) {
        return new SequentialFaultProof(set, FaultProof.Verdict.UNKNOWN, false, "bounded SAT", List.of(), cycles);
    }

    /** Can the two next states differ (UNSAT: they are equal in every reachable case)? */
    private static SatSolver.Answer differ(Encoder enc, SatSolver solver, int[] good, int[] faulty, long deadline) {
        int diff = Encoder.FALSE;
        for (int k = 0; k < good.length; k++) {
            diff = enc.or(diff, enc.xor(good[k], faulty[k]));
        }
        return diff == Encoder.FALSE ? SatSolver.Answer.UNSAT : solver.solve(new int[] {diff}, deadline);
    }

    /** The model's input sequence, one primary-input vector per cycle (tied copies equal). */
    private List<String> witness(SatSolver solver, List<int[]> frames) {
        List<String> seq = new ArrayList<>(frames.size());
        for (int[] shared : frames) {
            StringBuilder v = new StringBuilder(netlist.inputCount());
            for (int i = 0; i < netlist.inputCount(); i++) {
                v.append(solver.value(shared[ties.sourceOf(i)]) ? '1' : '0');
            }
            seq.add(v.toString());
        }
        return seq;
    }
}
