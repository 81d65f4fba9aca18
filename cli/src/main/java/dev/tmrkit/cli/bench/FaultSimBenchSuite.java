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
import java.util.Map;
import java.util.Set;

/**
 * Single stuck-at fault simulation: every collapsed fault of c7552 on 64k random patterns without fault
 * dropping, against the scalar reference on a subset; with dropping on every ISCAS-85 circuit, one
 * thread, in seconds, against Atalanta 2.0's time for the same work measured apart; and the proof that
 * full TMR of c7552 masks every single stuck-at fault over 10k patterns.
 */
final class FaultSimBenchSuite implements BenchSuite {
    static final String NAME = "faultsim";
    /** The circuits of the with-dropping rows: every ISCAS-85 circuit. */
    static final List<String> DROPPING_CIRCUITS = List.of("c432", "c499", "c880", "c1355", "c1908", "c2670", "c3540", "c5315",
            "c6288", "c7552");
    /** The circuits held to a third of Atalanta's time; the others to less than its time. */
    static final Set<String> THIRD_OF_ATALANTA = Set.of("c3540", "c6288", "c7552");
    /**
     * Atalanta 2.0's PPSFP fault simulator doing the same work (the same patterns, every collapsed fault, dropping),
     * seconds of process CPU time for its pattern loop: measured apart on the development machine, median of 3 rounds
     * (README, Performance; Atalanta is not shipped, so the bench cannot run it).
     */
    static final Map<String, Double> ATALANTA_SECONDS = Map.of("c432", 0.0015, "c499", 0.0017, "c880", 0.0020, "c1355", 0.0037,
            "c1908", 0.0058, "c2670", 0.0279, "c3540", 0.0199, "c5315", 0.0194, "c6288", 0.0199, "c7552", 0.0550);
    private static final int REFERENCE_FAULTS = 40;
    private static final int REFERENCE_PATTERNS = 256;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "fault simulation of c7552 (goal: all collapsed faults x 64k patterns <= 10 s, >= 1000x the reference); "
                + "with dropping, one thread, warm, on every ISCAS-85 circuit (goal: <= 0.33x Atalanta 2.0's time on c3540, c6288, c7552, "
                + "< 1x on the others); "
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
                + " patterns", "fault-patterns/s", ref.median(), ref.min(), ref.max(), 1.0, "scalar reference", null, null));
        for (int threads : new int[] {1, ctx.threads()}) {
            Measurement.Result r = Measurement.measure(() -> {
                FaultSetCampaign c = new FaultSetCampaign(n, ps, OutputCheck.EXACT, false);
                c.run(faults, threads, ProgressListener.NONE);
                return work;
            }, 1, runs, 0);
            rows.add(new BenchRow(name(), "c7552", faults.size() + " collapsed faults x 64k patterns, no dropping, "
                    + threads + (threads == 1 ? " thread" : " threads"), "fault-patterns/s", r.median(), r.min(), r.max(),
                    r.median() / ref.median(), "scalar reference", "all faults x 64k patterns <= 10 s" + (threads == 1 ? ", >= 1000x" : ""),
                    work / r.median() <= 10 && (threads != 1 || r.median() / ref.median() >= 1000)));
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
     * (compiling the circuit and drawing the patterns included): the work Atalanta 2.0's PPSFP simulator does. Timed
     * by this thread's CPU time, as Atalanta's figure is; each run repeats the campaign for at least {@code --min-time},
     * after {@code --warmups} such runs, so the figure is the JIT's steady state (a fresh JVM's first few dozen
     * campaigns of a small circuit run partly in profiled code and take 2-6 times as long).
     */
    static List<BenchRow> droppingRows(BenchContext ctx) throws Exception {
        List<BenchRow> rows = new ArrayList<>();
        PatternSet ps = new PatternSet(false, 65_536, ctx.seed(), 1);
        for (String name : DROPPING_CIRCUITS) {
            Netlist c = ctx.netlist("iscas85", name);
            List<Fault> faults = FaultCollapsing.collapse(c).representatives();
            long[] detected = new long[1];
            Measurement.Result r = ctx.measurement().cpuRate(() -> {
                CampaignResult result = new FaultSetCampaign(c, ps, OutputCheck.EXACT, true).run(faults, 1, ProgressListener.NONE);
                detected[0] = result.faults() - result.count(Outcome.MASKED);
                return 1;
            });
            double seconds = 1 / r.median();
            double atalanta = ATALANTA_SECONDS.get(name);
            boolean third = THIRD_OF_ATALANTA.contains(name);
            double ratio = seconds / atalanta;
            rows.add(new BenchRow(NAME, name, faults.size() + " collapsed faults x 64k patterns, with dropping, 1 thread: "
                    + detected[0] + " detected", "s", seconds, 1 / r.max(), 1 / r.min(), ratio,
                    String.format(Locale.ROOT, "Atalanta 2.0's %.4f s (measured apart)", atalanta),
                    third ? "<= 0.33x Atalanta 2.0" : "< 1x Atalanta 2.0", third ? ratio <= 0.33 : ratio < 1));
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
                "s", seconds, seconds, seconds, null, null, "<= 60 s", seconds <= 60);
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
