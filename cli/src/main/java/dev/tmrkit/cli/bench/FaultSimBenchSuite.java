package dev.tmrkit.cli.bench;

import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.model.CampaignResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.faults.FaultCollapsing;
import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.gates.fault.Fault;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Single stuck-at fault simulation: every collapsed fault of c7552 on 64k random patterns without fault
 * dropping, against the scalar reference on a subset; with dropping on c3540, c6288 and c7552, one
 * thread, in seconds; and the proof that full TMR of c7552 masks every
 * single stuck-at fault over 10k patterns.
 */
final class FaultSimBenchSuite implements BenchSuite {
    static final String NAME = "faultsim";
    /** The circuits of the with-dropping rows. */
    static final List<String> DROPPING_CIRCUITS = List.of("c3540", "c6288", "c7552");
    private static final int REFERENCE_FAULTS = 40;
    private static final int REFERENCE_PATTERNS = 256;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "fault simulation of c7552 (goal: all collapsed faults x 64k patterns <= 10 s, >= 1000x the reference); "
                + "with dropping, one thread, on c3540, c6288, c7552 (goal: <= 0.33x Atalanta 2.0's time); "
                + "full TMR(c7552) masks every single fault over 10k patterns (goal: <= 60 s)";
    }

    @Override
    public List<BenchRow> run(BenchContext ctx) throws Exception {
        Netlist n = ctx.netlist("iscas85", "c7552");
        List<Fault> faults = FaultCollapsing.collapse(n).representatives();
        PatternSet ps = new PatternSet(false, 65_536, ctx.seed(), 1);
        long work = (long) faults.size() * ps.count();
        Measurement.Result ref = Measurement.measure(reference(n, faults, ctx.seed()), 1, ctx.measurement().runs(), 300_000_000L);
        int runs = Math.max(1, Math.min(3, ctx.measurement().runs()));
        List<BenchRow> rows = new ArrayList<>();
        rows.add(new BenchRow(name(), "c7552", "scalar reference, " + REFERENCE_FAULTS + " faults x " + REFERENCE_PATTERNS
                + " patterns", "fault-patterns/s", ref.median(), ref.min(), ref.max(), "1x", ""));
        for (int threads : new int[] {1, ctx.threads()}) {
            Measurement.Result r = Measurement.measure(() -> {
                FaultSetCampaign c = new FaultSetCampaign(n, ps, OutputCheck.EXACT, false);
                c.run(faults, threads, ProgressListener.NONE);
                return work;
            }, 1, runs, 0);
            rows.add(new BenchRow(name(), "c7552", faults.size() + " collapsed faults x 64k patterns, no dropping, "
                    + threads + (threads == 1 ? " thread" : " threads"), "fault-patterns/s", r.median(), r.min(), r.max(),
                    String.format(Locale.ROOT, "%.0fx", r.median() / ref.median()),
                    String.format(Locale.ROOT, "%.2f s of <= 10 s%s", work / r.median(), threads == 1 ? ", >= 1000x" : "")));
            if (threads == ctx.threads()) {
                break;
            }
        }
        rows.addAll(droppingRows(ctx));
        rows.add(tmrProof(n, ctx));
        return rows;
    }

    /**
     * Fault simulation with dropping of every collapsed fault on 64k random patterns, one thread, in-process
     * (compiling the circuit and drawing the patterns included): the work Atalanta 2.0's PPSFP simulator does.
     */
    static List<BenchRow> droppingRows(BenchContext ctx) throws Exception {
        List<BenchRow> rows = new ArrayList<>();
        PatternSet ps = new PatternSet(false, 65_536, ctx.seed(), 1);
        for (String name : DROPPING_CIRCUITS) {
            Netlist c = ctx.netlist("iscas85", name);
            List<Fault> faults = FaultCollapsing.collapse(c).representatives();
            long[] detected = new long[1];
            Measurement.Result r = Measurement.measure(() -> {
                CampaignResult result = new FaultSetCampaign(c, ps, OutputCheck.EXACT, true).run(faults, 1, ProgressListener.NONE);
                detected[0] = result.faults() - result.count(Outcome.MASKED);
                return 1;
            }, ctx.measurement().warmups(), ctx.measurement().runs(), 0);
            rows.add(new BenchRow(NAME, name, faults.size() + " collapsed faults x 64k patterns, with dropping, 1 thread: "
                    + detected[0] + " detected", "s", 1 / r.median(), 1 / r.max(), 1 / r.min(), "",
                    "<= 0.33x Atalanta 2.0 (README)"));
        }
        return rows;
    }

    /** Every single stuck-at fault of full TMR(c7552) over 10k patterns: all must be masked. */
    private BenchRow tmrProof(Netlist c7552, BenchContext ctx) throws Exception {
        Netlist tmr = new TmrPass(TmrOptions.defaults().withVoters(TmrOptions.VoterMode.TRIPLICATED)
                .withInputs(TmrOptions.InputMode.TRIPLICATED).withOutputs(TmrOptions.OutputMode.TRIPLICATED)).apply(c7552);
        List<Fault> faults = FaultLists.allStuckAt(tmr);
        PatternSet ps = new PatternSet(false, 10_000, ctx.seed(), 1);
        long[] escapes = new long[1];
        Measurement.Result r = Measurement.measure(() -> {
            FaultSetCampaign c = new FaultSetCampaign(tmr, ps, OutputCheck.TRIPLICATED, -1, TmrRoles.inputTies(tmr), true);
            CampaignResult result = c.run(faults, ctx.threads(), ProgressListener.NONE);
            escapes[0] = result.faults() - result.count(Outcome.MASKED);
            return 1;
        }, 0, 1, 0);
        double seconds = 1 / r.median();
        return new BenchRow(name(), "TMR(c7552)", faults.size() + " single stuck-at faults x 10k patterns, full TMR ("
                + tmr.stats().gates() + " gates): " + (escapes[0] == 0 ? "every fault masked" : escapes[0] + " NOT masked"),
                "s", seconds, seconds, seconds, "", "<= 60 s");
    }

    /** The scalar reference doing the same judgement: good and faulty outputs per pattern, fault by fault. */
    private static Measurement.Work reference(Netlist n, List<Fault> faults, long seed) {
        ReferenceEvaluator ref = new ReferenceEvaluator(n);
        List<Fault> subset = faults.subList(0, Math.min(REFERENCE_FAULTS, faults.size()));
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        boolean[][] in = new boolean[REFERENCE_PATTERNS][n.inputCount()];
        for (boolean[] v : in) {
            for (int i = 0; i < v.length; i++) {
                v[i] = r.nextBoolean();
            }
        }
        long[] sink = new long[1];
        return () -> {
            for (boolean[] v : in) {
                boolean[] good = ref.evaluate(v);
                for (Fault f : subset) {
                    sink[0] += Arrays.equals(good, ref.evaluate(v, List.of(f), 0)) ? 0 : 1;
                }
            }
            return (long) subset.size() * REFERENCE_PATTERNS;
        };
    }
}
