package dev.tmrkit.cli.bench;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.sat.EquivalenceProver;
import dev.tmrkit.circuits.sat.FaultProof;
import dev.tmrkit.circuits.sat.FaultProver;
import dev.tmrkit.circuits.sat.parallel.ParallelFaultProofs;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Proofs by SAT: TMR(c7552) ≡ c7552 (the SAT step alone, no simulation), and every single stuck-at fault of
 * full TMR(c7552) proven masked; 1 warm-up and 3 measured runs each, wall-clock seconds.
 */
final class ProveBenchSuite implements BenchSuite {
    @Override
    public String name() {
        return "prove";
    }

    @Override
    public String description() {
        return "SAT proofs: TMR(c7552) equivalent to c7552; all 51 792 single faults of full TMR(c7552) proven masked (goal: <= 60 s)";
    }

    @Override
    public List<BenchRow> run(BenchContext ctx) throws Exception {
        Netlist c7552 = ctx.netlist("iscas85", "c7552");
        List<BenchRow> rows = new ArrayList<>();
        Netlist tmr = new TmrPass(TmrOptions.defaults()).apply(c7552);
        boolean[] proven = new boolean[1];
        Measurement.Result eq = Measurement.measure(() -> {
            proven[0] = EquivalenceProver.bySat(c7552, tmr, new EquivalenceProver.Settings(1, ctx.seed(), Duration.ofSeconds(60))).proven();
            return 1;
        }, 1, 3, 0);
        rows.add(row("TMR(c7552)", "SAT: equivalent to c7552 (default TMR, " + tmr.stats().gates() + " gates): "
                + (proven[0] ? "proven" : "NOT proven"), eq, ""));
        Netlist full = new TmrPass(TmrOptions.defaults().withInputs(TmrOptions.InputMode.TRIPLICATED)
                .withOutputs(TmrOptions.OutputMode.TRIPLICATED)).apply(c7552);
        List<Fault> faults = FaultLists.allStuckAt(full);
        long[] masked = new long[1];
        Measurement.Result fp = Measurement.measure(() -> {
            List<FaultProof> proofs = new FaultProver(full, CampaignPlan.Judging.of(full, OutputCheck.TRIPLICATED), ctx.seed())
                    .proveAll(faults, Duration.ofSeconds(10), 2048);
            masked[0] = proofs.stream().filter(p -> p.verdict() == FaultProof.Verdict.MASKED).count();
            return 1;
        }, 1, 3, 0);
        rows.add(row("TMR(c7552)", faults.size() + " single stuck-at faults of full TMR: " + masked[0] + " proven masked", fp, "<= 60 s"));
        // the path inject --prove takes: fixed blocks on --threads threads (the same verdicts for every thread count)
        for (int threads : ctx.threads() > 1 ? new int[] {1, ctx.threads()} : new int[] {1}) {
            Measurement.Result par = Measurement.measure(() -> {
                List<FaultProof> proofs = ParallelFaultProofs.combinational(full, CampaignPlan.Judging.of(full, OutputCheck.TRIPLICATED),
                        ctx.seed(), faults, Duration.ofSeconds(10), 2048, ParallelFaultProofs.Run.on(threads));
                masked[0] = proofs.stream().filter(p -> p.verdict() == FaultProof.Verdict.MASKED).count();
                return 1;
            }, 1, 3, 0);
            rows.add(row("TMR(c7552)", faults.size() + " single stuck-at faults of full TMR, as inject --prove decides them, " + threads
                    + (threads == 1 ? " thread: " : " threads: ") + masked[0] + " proven masked", par, "<= 60 s"));
        }
        return rows;
    }

    private BenchRow row(String subject, String measure, Measurement.Result r, String goal) {
        return new BenchRow(name(), subject, measure, "s", 1 / r.median(), 1 / r.max(), 1 / r.min(), goal);
    }
}
