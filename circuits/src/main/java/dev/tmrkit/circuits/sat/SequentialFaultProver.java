package dev.tmrkit.circuits.sat;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.tmr.InputTies;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.StuckAt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides for fault sets of a sequential netlist whether ANY input sequence from reset (every flip-flop 0) makes
 * a judged output wrong in some cycle, outputs judged as a campaign judges them (every cycle; triplicated
 * outputs, mismatch output, tied inputs). A fault set is one stuck-at fault (acting in every cycle) or flips
 * (each in its own cycle: an upset of a flip-flop, or a transient on a net). In order:
 * <ol>
 *   <li>random sequences, faulty beside fault-free: a wrong (and, with a mismatch output, unflagged) cycle is a
 *   witness;</li>
 *   <li>for a stuck-at fault, induction over a register correspondence between the fault-free and the faulty
 *   netlist ({@link RegisterCorrespondence}): if "registers of one class are equal" is inductive and no state
 *   satisfying it makes the outputs wrong, the fault is masked in every cycle (proven). For a TMR netlist with
 *   voters on the register feedback that is "the registers of the two other replicas equal the fault-free
 *   ones, so the voters restore the right values"; with a mismatch output the same induction can prove that
 *   no cycle is wrong and unflagged;</li>
 *   <li>bounded model checking from reset, faulty beside fault-free, to {@code depth} cycles after the fault
 *   first acts: a witness sequence, or the bounded verdict. For flips, once SAT shows the faulty state equal to
 *   the fault-free one after the last flip, the two run identically forever: that is a proof for all cycles
 *   (re-convergence, which voters on every register's feedback give one cycle after an upset); if not, induction
 *   over a register correspondence that holds in the state after the flip (an upset replica that is never
 *   scrubbed stays apart, outvoted at the outputs by the two others).</li>
 * </ol>
 * A witness replays with {@code eval --vectors} and {@code --fault}, one line per cycle.
 */
public final class SequentialFaultProver {
    private final Netlist netlist;
    private final CampaignPlan.Judging judging;
    private final Judge judge;
    private final InputTies ties;
    private final SequentialProver.Settings settings;

    /**
     * @param settings {@code depth}: cycles checked after the fault first acts; {@code randomSequences} and
     *                 {@code seed}: the sequences simulated first; {@code timeLimit}: per fault set
     * @throws IllegalArgumentException for a combinational netlist
     */
    public SequentialFaultProver(Netlist netlist, CampaignPlan.Judging judging, SequentialProver.Settings settings) {
        if (!netlist.isSequential()) {
            throw new IllegalArgumentException("'" + netlist.name() + "' has no flip-flops: decide its faults with FaultProver");
        }
        this.netlist = netlist;
        this.judging = judging;
        this.judge = new Judge(netlist, judging);
        this.ties = judging.ties();
        this.settings = settings;
    }

    /** Every fault set, in order. */
    public List<SequentialFaultProof> proveAll(List<? extends List<? extends Fault>> sets) {
        List<SequentialFaultProof> out = new ArrayList<>(sets.size());
        for (List<? extends Fault> s : sets) {
            out.add(prove(s));
        }
        return out;
    }

    /**
     * @throws IllegalArgumentException for a set that is not one stuck-at fault or flips over every lane, or
     *                                  whose window would exceed {@link SequentialProver#MAX_DEPTH} cycles
     */
    public SequentialFaultProof prove(List<? extends Fault> given) {
        List<Fault> set = List.copyOf(given);
        int lastFlip = check(set);
        int window = lastFlip + settings.depth();
        if (window > SequentialProver.MAX_DEPTH) {
            throw new IllegalArgumentException("a flip in cycle " + lastFlip + " and depth " + settings.depth()
                    + " exceed " + SequentialProver.MAX_DEPTH + " cycles");
        }
        long deadline = System.nanoTime() + settings.timeLimit().toNanos();
        SequenceSimulation.Found sim = new SequenceSimulation(netlist, judging, set, settings.seed())
                .run(settings.randomSequences(), window);
        if (sim.silent().isPresent()) {
            return new SequentialFaultProof(set, FaultProof.Verdict.SILENT, true, "simulation", sim.silent().get(), 0);
        }
        Optional<List<String>> wrong = sim.wrong();
        boolean stuck = set.get(0) instanceof StuckAt;
        if (stuck) {
            long half = System.nanoTime() + (deadline - System.nanoTime()) / 2;
            boolean neverBad = induction(set, wrong.isPresent(), half);
            if (neverBad && wrong.isPresent()) {
                return new SequentialFaultProof(set, FaultProof.Verdict.DETECTED, true, "induction", wrong.get(), 0);
            }
            if (neverBad) {
                return new SequentialFaultProof(set, FaultProof.Verdict.MASKED, true, "induction", List.of(), 0);
            }
        }
        return new Unrolling(netlist, judge, judging.mismatchOutput(), ties, settings.seed(), set)
                .run(window, lastFlip, wrong, deadline);
    }

    /**
     * Induction for a stuck-at fault: true when no reachable state is wrong (or, with {@code unflaggedOnly},
     * wrong and unflagged by the mismatch output).
     */
    private boolean induction(List<? extends Fault> set, boolean unflaggedOnly, long deadline) {
        if (unflaggedOnly && judging.mismatchOutput() < 0) {
            return false;
        }
        int[] inputs = new int[netlist.inputCount()];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = ties.sourceOf(i);
        }
        RegisterCorrespondence rc = new RegisterCorrespondence(new RegisterCorrespondence.Pair(netlist, netlist,
                ties.logicalInputs(), inputs, inputs, set), Unrolling.bad(judge, judging.mismatchOutput(), unflaggedOnly),
                settings.seed(), deadline);
        return rc.run() == RegisterCorrespondence.Outcome.PROVEN;
    }

    /** The last cycle in which a flip of the set strikes (0 for a stuck-at fault). */
    private int check(List<? extends Fault> set) {
        if (set.isEmpty()) {
            throw new IllegalArgumentException("an empty fault set");
        }
        if (set.get(0) instanceof StuckAt) {
            if (set.size() != 1) {
                throw new IllegalArgumentException("stuck-at faults are decided one at a time");
            }
            return 0;
        }
        int last = 0;
        for (Fault f : set) {
            if (!(f instanceof BitFlip b) || !b.lanes().isAll()) {
                throw new IllegalArgumentException("a fault set is one stuck-at fault or flips in every lane: "
                        + f.describe(netlist));
            }
            last = Math.max(last, b.cycle());
        }
        return last;
    }
}
