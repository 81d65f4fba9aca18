package dev.tmrkit.circuits.sat;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.tmr.InputTies;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Decides for single stuck-at faults of a combinational netlist whether ANY input makes a judged output
 * wrong, outputs judged as a campaign judges them ({@link CampaignPlan.Judging}: the {@link OutputCheck}, an
 * optional mismatch output, tied inputs). The fault-free circuit is encoded once; per fault only its fanout cone is encoded again, with
 * the faulty value at the site, over the same structurally hashed variables, and one incremental SAT
 * query under the assumption "wrong" decides it. Two arguments need no solver and are still proofs: a
 * fault whose cone reaches no judged output group in a way that can outvote it (for triplicated outputs:
 * at most one copy of every group), and a fault whose faulty outputs hash to the good outputs' literals.
 */
public final class FaultProver {
    private static final int REBUILD_FACTOR = 2;
    /** Conflicts of one sweeping query: a limit that, unlike a time limit, merges the same nodes on every run. */
    private static final long SWEEP_CONFLICTS = 1_000;

    private final Netlist netlist;
    private final OutputCheck check;
    private final int mismatchOutput;
    private final int[] judged;          // judged position -> output index
    private final Judge judge;
    private final InputTies ties;
    private final long seed;
    private final int[] topoPos;         // gate -> position in topological order
    private final int[][] readers;       // net -> gates reading it
    private final int[][] outputsOn;     // net -> output indices it drives
    private final int[] stamp;
    private final int[] faultyLit;
    private final int[] cone;            // the nets of this epoch's faulty cone, coneSize of them
    private int coneSize;
    private boolean activePaths;         // add active-path clauses (plain circuits, all outputs judged exactly)
    private long rebuildSlack = 100_000;
    private final int[] pathVar;         // net -> its active-path variable (for nets of the cone)
    private int epoch;
    private final ConeReach structure;
    private SatSolver solver;
    private Encoder enc;
    private int[] inputLits;             // logical input -> literal
    private int[] good;
    private int baseVars;

    /**
     * @param judging how the outputs are judged, as a campaign on this netlist judges them
     * @param seed    the random patterns tried before SAT
     * @throws IllegalArgumentException for a sequential netlist, or outputs that cannot be judged so
     */
    public FaultProver(Netlist netlist, CampaignPlan.Judging judging, long seed) {
        if (netlist.isSequential()) {
            throw new IllegalArgumentException("'" + netlist.name() + "' is sequential: fault proofs are combinational only");
        }
        this.netlist = netlist;
        this.check = judging.check();
        this.mismatchOutput = judging.mismatchOutput();
        this.ties = judging.ties();
        this.seed = seed;
        this.judged = judging.judged(netlist);
        this.judge = new Judge(netlist, judging);
        int[] order = netlist.topologicalOrder();
        topoPos = new int[netlist.gateCount()];
        for (int i = 0; i < order.length; i++) {
            topoPos[order[i]] = i;
        }
        this.structure = new ConeReach(netlist, judging.check(), judging.judged(netlist));
        readers = structure.readers();
        outputsOn = structure.outputsOn();
        stamp = new int[netlist.netCount()];
        faultyLit = new int[netlist.netCount()];
        cone = new int[netlist.netCount()];
        pathVar = new int[netlist.netCount()];
        rebuild();
    }

    /** Every fault, in order, each with its own time limit; SAT alone, no simulation first. */
    public List<FaultProof> proveAll(List<? extends Fault> faults, Duration perFault) {
        return proveAll(faults, perFault, 0);
    }

    /**
     * Every fault, in order. First {@code patterns} random patterns (from the seed; 0 for none) are
     * fault-simulated with the bit-parallel campaign: a fault that makes the outputs wrong on one of them
     * gets that pattern as its witness without SAT (only without a mismatch output, whose flagging of every
     * failing input only SAT can decide). The rest go to SAT, each with its own time limit.
     */
    public List<FaultProof> proveAll(List<? extends Fault> faults, Duration perFault, long patterns) {
        FaultProof[] out = new FaultProof[faults.size()];
        List<Fault> rest = new ArrayList<>();
        List<Integer> restIndex = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            out[i] = byStructure(faults.get(i)).orElse(null);
            if (out[i] == null) {
                rest.add(faults.get(i));
                restIndex.add(i);
            }
        }
        FaultProof[] simulated = bySimulation(rest, patterns, 1, () -> false);
        for (int r = 0; r < rest.size(); r++) {
            out[restIndex.get(r)] = simulated[r] != null ? simulated[r] : prove(rest.get(r), perFault);
        }
        return List.of(out);
    }

    /**
     * Steps (1)-(2) of {@link #proveAll(List, Duration, long)}: masked by "structure" when the fault's cone cannot
     * reach enough judged outputs or its faulty outputs hash to the good outputs' literals; empty when the fault
     * needs simulation or SAT. No sweeping here, so the answer does not depend on the faults this prover saw before.
     */
    public Optional<FaultProof> byStructure(Fault f) {
        if (f instanceof StuckAt sa && (!structure.reachesEnough(sa.site()) || encodeWrong(sa) == Encoder.FALSE)) {
            return Optional.of(new FaultProof(f, FaultProof.Verdict.MASKED, "structure", Optional.empty()));
        }
        return Optional.empty();
    }

    /**
     * Step (3): {@code patterns} random patterns (from the seed; 0 for none) fault-simulated by the bit-parallel
     * campaign on {@code threads} threads. Per fault, SILENT with its first failing pattern as the witness, else null
     * (only without a mismatch output, whose flagging of every failing input only SAT can decide: then all null).
     * The campaign's results do not depend on the thread count. Once {@code stop} answers true, faults not yet
     * simulated are left null. Reads only this prover's fixed fields, so it may run beside other provers.
     */
    public FaultProof[] bySimulation(List<? extends Fault> faults, long patterns, int threads, BooleanSupplier stop) {
        FaultProof[] out = new FaultProof[faults.size()];
        if (patterns <= 0 || mismatchOutput >= 0 || faults.isEmpty()) {
            return out;
        }
        FaultSetCampaign campaign = new FaultSetCampaign(netlist, new PatternSet(false, patterns, seed, 1), check, -1, ties, true);
        List<List<Fault>> sets = faults.stream().<List<Fault>>map(List::of).toList();
        BitSet all = new BitSet();
        all.set(0, sets.size());
        FaultResult[] simulated = campaign.runSome(sets, all, threads, ProgressListener.NONE, stop);
        for (int r = 0; r < out.length; r++) {
            if (simulated[r] != null && simulated[r].outcome() != Outcome.MASKED) {
                boolean[] logical = campaign.inputVector(simulated[r].firstFailingPattern(), 0);
                StringBuilder w = new StringBuilder(netlist.inputCount());
                for (int in = 0; in < netlist.inputCount(); in++) {
                    w.append(logical[ties.sourceOf(in)] ? '1' : '0');
                }
                out[r] = new FaultProof(faults.get(r), FaultProof.Verdict.SILENT, "simulation", Optional.of(w.toString()));
            }
        }
        return out;
    }

    /**
     * @throws IllegalArgumentException for a fault that is not a stuck-at fault
     */
    public FaultProof prove(Fault fault, Duration limit) {
        return prove(fault, limit, true, Long.MAX_VALUE);
    }

    /**
     * For test generation: the faulty cone encoded plainly, with active-path clauses ({@link #activePath}) on a
     * plain circuit, and solved within {@code conflicts} conflicts first (nearly every fault is decided so,
     * cheaply, and the same on every run); only if that does not decide, the solver is rebuilt and the cone
     * encoded with sweeping, under the time limit.
     */
    public FaultProof proveQuickFirst(Fault fault, Duration limit, long conflicts) {
        activePaths = check == OutputCheck.EXACT && mismatchOutput < 0;
        FaultProof quick = prove(fault, limit, false, conflicts);
        activePaths = false;
        if (quick.verdict() != FaultProof.Verdict.UNKNOWN) {
            return quick;
        }
        rebuild();
        return prove(fault, limit, true, Long.MAX_VALUE);
    }

    /**
     * Test generation's setting: the solver is rebuilt as soon as the faulty cones of earlier faults hold as many
     * variables as the fault-free circuit (a satisfying answer assigns every variable, stale cones included).
     */
    public void rebuildEarly() {
        rebuildSlack = 0;
    }

    /** As {@link #prove(Fault, Duration)}, the faulty cone swept ({@code sweep}) or encoded plainly, within {@code conflicts}. */
    private FaultProof prove(Fault fault, Duration limit, boolean sweep, long conflicts) {
        if (!(fault instanceof StuckAt sa)) {
            throw new IllegalArgumentException("only stuck-at faults are proven: " + fault.describe(netlist));
        }
        Site site = sa.site();
        if (!structure.reachesEnough(site)) {
            return new FaultProof(fault, FaultProof.Verdict.MASKED, "structure", Optional.empty());
        }
        enc.sweep(sweep);
        int wrong = encodeWrong(sa);
        enc.sweep(false);
        int value = sa.value() ? Encoder.TRUE : Encoder.FALSE;
        int portFault = site instanceof Site.Port p ? p.output() : -1;
        if (wrong == Encoder.FALSE) {
            return new FaultProof(fault, FaultProof.Verdict.MASKED, "structure", Optional.empty());
        }
        long deadline = System.nanoTime() + limit.toNanos();
        int[] assume = activePaths && portFault < 0 ? new int[] {wrong, activePath(site)} : new int[] {wrong};
        SatSolver.Answer a = solver.solve(assume, deadline, conflicts);
        if (a == SatSolver.Answer.UNSAT) {
            return new FaultProof(fault, FaultProof.Verdict.MASKED, "SAT", Optional.empty());
        }
        if (a == SatSolver.Answer.UNKNOWN) {
            return new FaultProof(fault, FaultProof.Verdict.UNKNOWN, "SAT", Optional.empty());
        }
        String witness = witness();
        if (mismatchOutput < 0) {
            return new FaultProof(fault, FaultProof.Verdict.SILENT, "SAT", Optional.of(witness));
        }
        int flag = faulty(netlist.output(mismatchOutput), mismatchOutput == portFault, value);
        SatSolver.Answer unflagged = solver.solve(new int[] {wrong, -flag}, deadline);
        return switch (unflagged) {
            case SAT -> new FaultProof(fault, FaultProof.Verdict.SILENT, "SAT", Optional.of(witness()));
            case UNSAT -> new FaultProof(fault, FaultProof.Verdict.DETECTED, "SAT", Optional.of(witness));
            case UNKNOWN -> new FaultProof(fault, FaultProof.Verdict.UNKNOWN, "SAT", Optional.of(witness));
        };
    }

    /** Encodes the fault's cone; the literal "a judged output is wrong", FALSE when hashing proves none can be. */
    private int encodeWrong(StuckAt sa) {
        if (solver.vars() > REBUILD_FACTOR * baseVars + rebuildSlack) {
            rebuild();   // faulty cones of earlier faults only cost memory and propagation time from here on
        }
        epoch++;
        coneSize = 0;
        Site site = sa.site();
        int value = sa.value() ? Encoder.TRUE : Encoder.FALSE;
        List<Integer> gates = new ArrayList<>();
        if (site instanceof Site.Stem s) {
            mark(s.net(), value, gates);
        } else if (site instanceof Site.Branch b) {
            gates.add(b.gate());
        }
        propagate(gates, site, value);
        return wrongLiteral(site instanceof Site.Port p ? p.output() : -1, value);
    }

    private void rebuild() {
        solver = new SatSolver();
        enc = new Encoder(solver, seed, false);
        enc.sweepByConflicts(SWEEP_CONFLICTS);
        inputLits = new int[ties.logicalInputs()];
        for (int i = 0; i < inputLits.length; i++) {
            inputLits[i] = enc.input();
        }
        int[] primary = new int[netlist.inputCount()];
        for (int i = 0; i < primary.length; i++) {
            primary[i] = inputLits[ties.sourceOf(i)];
        }
        good = enc.encode(netlist, primary);
        baseVars = solver.vars();
    }

    /**
     * Active-path clauses (Larrabee's formulation of test generation): a fresh variable per net of the faulty cone,
     * "the fault effect travels through here", which implies that the net differs and, unless it is an output, that
     * the effect travels on through some reader in the cone. A test exists iff one exists with such a path from
     * the site, so assuming the site's variable keeps the question and hands the solver the structure FAN
     * searches: a net whose readers all block the effect is ruled out by propagation, not by search. The
     * variables are free unless assumed, so they constrain no other fault's query.
     *
     * @return the site's path literal (where the fault effect starts)
     */
    private int activePath(Site site) {
        for (int k = 0; k < coneSize; k++) {
            pathVar[cone[k]] = solver.newVar();
        }
        for (int k = 0; k < coneSize; k++) {
            int net = cone[k];
            int a = pathVar[net];
            solver.clause(-a, enc.xor(good[net], faultyLit[net]));
            if (outputsOn[net].length > 0) {
                continue;
            }
            int[] next = new int[readers[net].length + 1];
            int m = 0;
            next[m++] = -a;
            for (int g : readers[net]) {
                int out = netlist.gateOutput(g);
                if (stamp[out] == epoch && !netlist.gateType(g).isSequential()) {
                    next[m++] = pathVar[out];
                }
            }
            solver.clause(Arrays.copyOf(next, m));
        }
        int start = site instanceof Site.Stem s ? s.net() : netlist.gateOutput(((Site.Branch) site).gate());
        return stamp[start] == epoch ? pathVar[start] : Encoder.FALSE;
    }

    /** Marks a net as faulty (this epoch) with a literal, and queues the gates reading it. */
    private void mark(int net, int lit, List<Integer> gates) {
        addToCone(net);
        stamp[net] = epoch;
        faultyLit[net] = lit;
        for (int g : readers[net]) {
            gates.add(g);
        }
    }

    private void addToCone(int net) {
        if (stamp[net] != epoch) {
            cone[coneSize++] = net;
        }
    }

    private int faulty(int net, boolean portFaulted, int value) {
        if (portFaulted) {
            return value;
        }
        return stamp[net] == epoch ? faultyLit[net] : good[net];
    }

    /** Encodes the faulty cone in topological order. */
    private void propagate(List<Integer> start, Site site, int value) {
        int[] queue = start.stream().mapToInt(Integer::intValue).toArray();
        java.util.PriorityQueue<Integer> pq = new java.util.PriorityQueue<>((x, y) -> Integer.compare(topoPos[x], topoPos[y]));
        boolean[] queued = new boolean[netlist.gateCount()];
        for (int g : queue) {
            if (!queued[g]) {
                queued[g] = true;
                pq.add(g);
            }
        }
        while (!pq.isEmpty()) {
            int g = pq.poll();
            int arity = netlist.gateArity(g);
            int[] in = new int[arity];
            for (int p = 0; p < arity; p++) {
                boolean branchHere = site instanceof Site.Branch b && b.gate() == g && b.pin() == p;
                in[p] = branchHere ? value : faulty(netlist.gateInput(g, p), false, value);
            }
            int lit = enc.gate(netlist.gateType(g), in);
            int out = netlist.gateOutput(g);
            if (lit == good[out]) {
                continue;   // the fault does not get past this gate
            }
            addToCone(out);
            stamp[out] = epoch;
            faultyLit[out] = lit;
            for (int r : readers[out]) {
                if (!queued[r]) {
                    queued[r] = true;
                    pq.add(r);
                }
            }
        }
    }

    /** The literal "some judged output is wrong" (by the output check), or FALSE when hashing shows none can be. */
    private int wrongLiteral(int portFault, int value) {
        int[] goodOut = new int[netlist.outputCount()];
        int[] faultyOut = new int[goodOut.length];
        for (int o = 0; o < goodOut.length; o++) {
            int net = netlist.output(o);
            goodOut[o] = good[net];
            faultyOut[o] = faulty(net, o == portFault, value);
        }
        return judge.wrong(enc, goodOut, faultyOut);
    }

    /** The model's primary input vector (tied copies equal), as {@code eval --vectors} reads it. */
    private String witness() {
        StringBuilder sb = new StringBuilder(netlist.inputCount());
        for (int i = 0; i < netlist.inputCount(); i++) {
            sb.append(solver.value(inputLits[ties.sourceOf(i)]) ? '1' : '0');
        }
        return sb.toString();
    }
}
