package dev.tmrkit.circuits.sat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.model.CampaignResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.faults.FaultCollapsing;
import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.io.CorpusNetlists;
import dev.tmrkit.circuits.sat.parallel.ParallelFaultProofs;
import dev.tmrkit.circuits.sat.parallel.ParallelFaultProofs.Run;
import dev.tmrkit.circuits.tmr.InputTies;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.testing.RandomNetlists;
import dev.tmrkit.testing.Properties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Fault proofs on several threads: the same verdicts, methods and witnesses on 1, 2 and 3 threads; combinational
 * verdicts against exhaustive fault simulation and witnesses through the scalar reference evaluator (the SAT witnesses
 * come from one fresh solver per block, so they are checked, not compared with {@link FaultProver#proveAll}); sequential
 * proofs equal to {@link SequentialFaultProver#proveAll}, which {@link SequentialFaultProverTest} checks against
 * exhaustive simulation. Time limits are generous, so no verdict is unknown.
 */
class ParallelFaultProofsTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final TmrOptions FULL = SequentialFaultProverTest.FULL;

    @Test
    void randomCombinationalNetlistsGiveTheSameProofsOnOneTwoAndThreeThreads() {
        Properties.qt().withExamples(60).forAll(RandomNetlists.combinational(10, 30)).checkAssert(n ->
                sameOnEveryThreadCountAndTrue(n, new CampaignPlan.Judging(OutputCheck.EXACT, -1, InputTies.none(n.inputCount()))));
    }

    @Test
    void tmrVariantsOfC17GiveTheSameProofsOnOneTwoAndThreeThreads() {
        Netlist c17 = CorpusNetlists.bench("iscas85", "c17");
        TmrOptions base = TmrOptions.defaults();
        for (TmrOptions o : List.of(base, base.withMismatch(true),
                base.withScope(TmrOptions.Scope.GATES).withVoters(TmrOptions.VoterMode.SINGLE),
                base.withScope(TmrOptions.Scope.GATES).withVoters(TmrOptions.VoterMode.SINGLE).withMismatch(true),
                base.withScope(TmrOptions.Scope.GATES).withInputs(TmrOptions.InputMode.TRIPLICATED)
                        .withOutputs(TmrOptions.OutputMode.TRIPLICATED).withMismatch(true))) {
            Netlist t = new TmrPass(o).apply(c17);
            OutputCheck check = o.outputs() == TmrOptions.OutputMode.TRIPLICATED ? OutputCheck.TRIPLICATED : OutputCheck.EXACT;
            CampaignPlan.Judging j = CampaignPlan.Judging.of(t, check);
            assertEquals(o.mismatch(), j.mismatchOutput() >= 0);
            sameOnEveryThreadCountAndTrue(t, j);
        }
    }

    /** With and without random patterns first: equal on 1, 2, 3 threads, and each proof true for every input. */
    private static void sameOnEveryThreadCountAndTrue(Netlist n, CampaignPlan.Judging j) {
        List<Fault> faults = FaultLists.allStuckAt(n);
        PatternSet all = PatternSet.choose(j.ties().logicalInputs(), false, 1, 1, 1);
        assertTrue(all.exhaustive());
        CampaignResult truth = new FaultSetCampaign(n, all, j.check(), j.mismatchOutput(), j.ties(), false)
                .run(faults, 1, ProgressListener.NONE);
        for (long patterns : new long[] {0, 2048}) {
            List<FaultProof> one = ParallelFaultProofs.combinational(n, j, 7, faults, LIMIT, patterns, Run.on(1));
            assertEquals(one, ParallelFaultProofs.combinational(n, j, 7, faults, LIMIT, patterns, Run.on(2)), n.toString());
            assertEquals(one, ParallelFaultProofs.combinational(n, j, 7, faults, LIMIT, patterns, Run.on(3)), n.toString());
            List<FaultProof> single = new FaultProver(n, j, 7).proveAll(faults, LIMIT, patterns);
            for (int i = 0; i < faults.size(); i++) {
                FaultProof p = one.get(i);
                String what = faults.get(i).describe(n) + " in " + n + ", " + patterns + " patterns: " + p;
                assertEquals(faults.get(i), p.fault(), what);
                assertEquals(truth.results().get(i).outcome().name(), p.verdict().name(), what);
                assertEquals(single.get(i).verdict(), p.verdict(), what);
                // SAT sweeping of the faulty cone depends on the solver's earlier nodes, so a masked fault may be
                // "structure" on a fresh prover where the one-solver run needed a SAT query (or the other way round)
                assertEquals(single.get(i).method().equals("simulation"), p.method().equals("simulation"), what);
                assertEquals(p.verdict() != FaultProof.Verdict.MASKED, p.witness().isPresent(), what);
                if (p.witness().isPresent()) {
                    assertTrue(FaultProverTest.wrongOn(n, p, j.check(), j.mismatchOutput()), what);
                }
            }
        }
    }

    @Test
    void randomSequentialNetlistsGiveTheOneThreadProofsOnEveryThreadCount() {
        Properties.qt().withExamples(40).forAll(RandomNetlists.sequential(3, 12, 3)).assuming(Netlist::isSequential).checkAssert(n -> {
            List<List<Fault>> sets = new ArrayList<>();
            FaultLists.allStuckAt(n).forEach(f -> sets.add(List.of(f)));
            for (int g : n.dffGates()) {
                for (int c = 0; c <= 1; c++) {
                    sets.add(List.of(BitFlip.at(new Site.Stem(n.gateOutput(g)), c)));
                }
            }
            sameAsOneThread(n, new CampaignPlan.Judging(OutputCheck.EXACT, -1, InputTies.none(n.inputCount())), sets, 6);
        });
    }

    /** TMR with voters on the register feedback (full, and single voters: witnesses), every collapsed fault and upset. */
    @Test
    void tmrOfS27AndS298GiveTheOneThreadProofsOnEveryThreadCount() {
        for (String name : List.of("s27", "s298")) {
            for (TmrOptions o : List.of(FULL, FULL.withVoters(TmrOptions.VoterMode.SINGLE))) {
                Netlist t = new TmrPass(o).apply(CorpusNetlists.bench("iscas89", name));
                List<List<Fault>> sets = new ArrayList<>();
                FaultCollapsing.collapse(t).representatives().forEach(f -> sets.add(List.of(f)));
                for (int g : t.dffGates()) {
                    sets.add(List.of(BitFlip.at(new Site.Stem(t.gateOutput(g)), 2)));
                }
                List<SequentialFaultProof> proofs = sameAsOneThread(t, CampaignPlan.Judging.of(t, OutputCheck.TRIPLICATED), sets, 8);
                long witnessed = proofs.stream().filter(p -> !p.witness().isEmpty()).count();
                assertEquals(o == FULL, witnessed == 0, name + " " + o.describe() + ": " + witnessed + " witnesses");
            }
        }
    }

    private static List<SequentialFaultProof> sameAsOneThread(Netlist n, CampaignPlan.Judging j, List<List<Fault>> sets, int depth) {
        SequentialProver.Settings s = new SequentialProver.Settings(depth, 32, 5, LIMIT);
        List<SequentialFaultProof> single = new SequentialFaultProver(n, j, s).proveAll(sets);
        for (int threads = 1; threads <= 3; threads++) {
            assertEquals(single, ParallelFaultProofs.sequential(n, j, s, sets, Run.on(threads)), threads + " threads, " + n);
        }
        assertTrue(single.stream().noneMatch(p -> p.verdict() == FaultProof.Verdict.UNKNOWN), n.toString());
        return single;
    }

    /** --threads 2 must not be ignored: the SAT blocks run on two worker threads, and progress counts every fault once. */
    @Test
    void twoThreadsDecideOnTwoWorkersAndReportProgress() {
        Netlist t = new TmrPass(TmrOptions.defaults().withScope(TmrOptions.Scope.GATES).withVoters(TmrOptions.VoterMode.SINGLE)
                .withMismatch(true)).apply(CorpusNetlists.bench("iscas85", "c17"));
        CampaignPlan.Judging j = CampaignPlan.Judging.of(t, OutputCheck.EXACT);
        List<Fault> faults = FaultLists.allStuckAt(t);
        Set<String> workers = ConcurrentHashMap.newKeySet();
        AtomicLong calls = new AtomicLong();
        AtomicLong last = new AtomicLong();
        ParallelFaultProofs.combinational(t, j, 1, faults, LIMIT, 0, new Run(2, (done, total) -> {
            workers.add(Thread.currentThread().getName());
            calls.incrementAndGet();
            last.accumulateAndGet(done, Math::max);
            assertEquals(faults.size(), total);
        }, () -> false));
        assertEquals(faults.size(), calls.get());
        assertEquals(faults.size(), last.get());
        assertTrue(workers.stream().filter(w -> w.startsWith("tmrkit-fault-proof")).count() >= 2, workers.toString());
    }

    @Test
    void stopEndsTheRunAndLeavesNoWorkerRunning() {
        Netlist c = new TmrPass(TmrOptions.defaults().withScope(TmrOptions.Scope.GATES).withVoters(TmrOptions.VoterMode.SINGLE)
                .withMismatch(true)).apply(CorpusNetlists.bench("iscas85", "c17"));
        CampaignPlan.Judging cj = CampaignPlan.Judging.of(c, OutputCheck.EXACT);
        Netlist s = new TmrPass(FULL).apply(CorpusNetlists.bench("iscas89", "s27"));
        CampaignPlan.Judging sj = CampaignPlan.Judging.of(s, OutputCheck.TRIPLICATED);
        List<List<Fault>> sets = FaultLists.allStuckAt(s).stream().map(List::of).toList();
        for (int threads = 1; threads <= 2; threads++) {
            AtomicLong done = new AtomicLong();
            Run run = new Run(threads, (d, total) -> done.incrementAndGet(), () -> done.get() >= 10);
            assertThrows(CancellationException.class, () -> ParallelFaultProofs.combinational(c, cj, 1, FaultLists.allStuckAt(c),
                    LIMIT, 0, run));
            assertTrue(done.get() < FaultLists.allStuckAt(c).size(), done + " decided");
            noWorkerLeft();
            done.set(0);
            assertThrows(CancellationException.class, () -> ParallelFaultProofs.sequential(s, sj,
                    new SequentialProver.Settings(4, 16, 1, LIMIT), sets, run));
            assertTrue(done.get() < sets.size(), done + " decided");
            noWorkerLeft();
        }
    }

    @Test
    void anInterruptedCallerGetsACancellationAndKeepsItsInterruptFlag() {
        Netlist s = new TmrPass(FULL).apply(CorpusNetlists.bench("iscas89", "s27"));
        List<List<Fault>> sets = FaultLists.allStuckAt(s).stream().map(List::of).toList();
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> ParallelFaultProofs.sequential(s,
                    CampaignPlan.Judging.of(s, OutputCheck.TRIPLICATED), new SequentialProver.Settings(4, 16, 1, LIMIT), sets, Run.on(2)));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        noWorkerLeft();
    }

    @Test
    void refusesWhatItCannotRun() {
        Netlist s = CorpusNetlists.bench("iscas89", "s27");
        Netlist c = CorpusNetlists.bench("iscas85", "c17");
        assertThrows(IllegalArgumentException.class, () -> Run.on(0));
        assertThrows(IllegalArgumentException.class, () -> ParallelFaultProofs.combinational(s, CampaignPlan.Judging.of(s,
                OutputCheck.EXACT), 1, FaultLists.allStuckAt(s), LIMIT, 0, Run.on(2)));
        assertThrows(IllegalArgumentException.class, () -> ParallelFaultProofs.sequential(c, CampaignPlan.Judging.of(c,
                OutputCheck.EXACT), new SequentialProver.Settings(4, 16, 1, LIMIT), List.of(), Run.on(2)));
        List<Fault> flip = List.of(BitFlip.at(new Site.Stem(c.output(0)), 0));
        assertThrows(IllegalArgumentException.class, () -> ParallelFaultProofs.combinational(c, CampaignPlan.Judging.of(c,
                OutputCheck.EXACT), 1, flip, LIMIT, 0, Run.on(2)));
        noWorkerLeft();
    }

    private static void noWorkerLeft() {
        List<String> alive = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.contains("fault-proof")).toList();
        assertTrue(alive.isEmpty(), "worker threads still running: " + alive);
    }
}
