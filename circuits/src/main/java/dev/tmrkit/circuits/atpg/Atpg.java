package dev.tmrkit.circuits.atpg;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.model.CampaignResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.sat.FaultProof;
import dev.tmrkit.circuits.sat.FaultProver;
import dev.tmrkit.circuits.tmr.InputTies;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Automatic test pattern generation for a plain combinational circuit (every output observed): random
 * patterns with fault dropping first, keeping only the patterns that first detect some fault; then, per
 * fault left, a SAT query ({@link FaultProver}) that either yields a test — which is fault-simulated
 * against the faults still left, so one test can drop many — or proves the fault redundant (no input
 * distinguishes the faulty circuit from the good one).
 */
public final class Atpg {

    /** What became of a fault. */
    public enum Status { DETECTED, REDUNDANT, ABORTED }

    /**
     * @param faults         the target faults
     * @param status         per fault
     * @param tests          the test set, primary input vectors in declared order
     * @param randomPatterns random patterns of the first phase
     * @param seed           their seed
     * @param randomTests    tests kept from the random phase (the rest came from SAT)
     */
    public record Result(List<Fault> faults, List<Status> status, List<String> tests, long randomPatterns, long seed, int randomTests) {
        public Result {
            faults = List.copyOf(faults);
            status = List.copyOf(status);
            tests = List.copyOf(tests);
        }

        public long count(Status s) {
            return status.stream().filter(x -> x == s).count();
        }

        /** Detected faults over all faults. */
        public double coverage() {
            return faults.isEmpty() ? 1.0 : (double) count(Status.DETECTED) / faults.size();
        }

        /** Detected over the faults not proven redundant (test efficiency's coverage of the testable faults). */
        public double testableCoverage() {
            long testable = faults.size() - count(Status.REDUNDANT);
            return testable == 0 ? 1.0 : (double) count(Status.DETECTED) / testable;
        }
    }

    /** Conflicts of the first, plain SAT attempt per fault; a fault it leaves undecided is swept. */
    static final long QUICK_CONFLICTS = 100;

    private Atpg() {
    }

    /**
     * @throws IllegalArgumentException for a sequential netlist
     */
    public static Result run(Netlist n, List<Fault> faults, long randomPatterns, long seed, Duration perFault) {
        if (n.isSequential()) {
            throw new IllegalArgumentException("'" + n.name() + "' is sequential: ATPG here is combinational only");
        }
        Status[] status = new Status[faults.size()];
        FaultSetCampaign random = new FaultSetCampaign(n, new PatternSet(false, randomPatterns, seed, 1), OutputCheck.EXACT, true);
        CampaignResult r = random.run(faults, 1, ProgressListener.NONE);
        TreeSet<Long> kept = new TreeSet<>();
        for (int i = 0; i < faults.size(); i++) {
            if (r.results().get(i).outcome() != Outcome.MASKED) {
                status[i] = Status.DETECTED;
                kept.add(r.results().get(i).firstFailingPattern());
            }
        }
        List<String> tests = new ArrayList<>();
        for (long p : kept) {
            tests.add(bits(random.inputVector(p, 0)));
        }
        int randomTests = tests.size();
        FaultProver prover = new FaultProver(n, new CampaignPlan.Judging(OutputCheck.EXACT, -1, InputTies.none(n.inputCount())), seed);
        prover.rebuildEarly();
        List<boolean[]> satTests = new ArrayList<>();
        VectorFaultSim sim = null;
        for (int i = 0; i < faults.size(); i++) {
            if (status[i] != null) {
                continue;
            }
            if (sim != null && sim.firstDetecting(faults.get(i)) >= 0) {
                status[i] = Status.DETECTED;
                continue;
            }
            FaultProof p = prover.proveQuickFirst(faults.get(i), perFault, QUICK_CONFLICTS);
            switch (p.verdict()) {
                case MASKED -> status[i] = Status.REDUNDANT;
                case UNKNOWN -> status[i] = Status.ABORTED;
                default -> {
                    status[i] = Status.DETECTED;
                    String t = p.witness().orElseThrow();
                    tests.add(t);
                    satTests.add(vector(t));
                    sim = new VectorFaultSim(n, satTests);
                }
            }
        }
        return new Result(faults, List.of(status), tests, randomPatterns, seed, randomTests);
    }

    private static String bits(boolean[] v) {
        StringBuilder sb = new StringBuilder(v.length);
        for (boolean b : v) {
            sb.append(b ? '1' : '0');
        }
        return sb.toString();
    }

    private static boolean[] vector(String s) {
        boolean[] v = new boolean[s.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = s.charAt(i) == '1';
        }
        return v;
    }
}
