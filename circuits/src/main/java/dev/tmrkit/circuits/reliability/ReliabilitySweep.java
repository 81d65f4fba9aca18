package dev.tmrkit.circuits.reliability;

import dev.tmrkit.circuits.campaign.engine.MonteCarlo;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.circuits.tmr.TmrResult;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Netlist;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Simulates, for a range of per-gate failure probabilities p, the reliability of a circuit and of its TMR
 * versions, each on its own seeded random stream, and sets them beside the closed forms.
 */
public final class ReliabilitySweep {
    private final Map<Variant, MonteCarlo> simulators = new EnumMap<>(Variant.class);
    private final int voterGates;

    public ReliabilitySweep(Netlist circuit) {
        if (circuit.isSequential()) {
            throw new IllegalArgumentException("'" + circuit.name() + "' is sequential; reliability sweeps need a combinational circuit");
        }
        simulators.put(Variant.SIMPLEX, new MonteCarlo(circuit, OutputCheck.EXACT, g -> true, -1));
        TmrResult single = new TmrPass(TmrOptions.defaults().withVoters(TmrOptions.VoterMode.SINGLE)).run(circuit);
        Netlist s = single.netlist();
        simulators.put(Variant.TMR_SINGLE_VOTER, new MonteCarlo(s, OutputCheck.EXACT, g -> true, -1));
        simulators.put(Variant.TMR_PERFECT_VOTER, new MonteCarlo(s, OutputCheck.EXACT,
                g -> TmrRoles.regionOf(s, s.gate(g).output()) == TmrRoles.Region.REPLICA, -1));
        voterGates = single.report().voterGates() + single.report().reductionGates();
        Netlist t = new TmrPass(TmrOptions.defaults().withVoters(TmrOptions.VoterMode.TRIPLICATED)
                .withOutputs(TmrOptions.OutputMode.TRIPLICATED)).apply(circuit);
        simulators.put(Variant.TMR_TRIPLICATED_VOTERS, new MonteCarlo(t, OutputCheck.TRIPLICATED, g -> true, -1));
    }

    /** Gates of the voters on the way to the outputs of the single-voter TMR version. */
    public int voterGates() {
        return voterGates;
    }

    public List<ReliabilityPoint> run(double[] ps, long trials, long seed, int threads, ProgressListener progress) {
        List<ReliabilityPoint> points = new ArrayList<>();
        long total = (long) ps.length * Variant.values().length;
        long done = 0;
        for (int i = 0; i < ps.length; i++) {
            double p = ps[i];
            Map<Variant, MonteCarlo.Result> results = new EnumMap<>(Variant.class);
            for (Variant v : Variant.values()) {
                // one stream per (p, variant), all derived from the seed
                long stream = seed * 0x9E3779B97F4A7C15L + i * 31L + v.ordinal();
                results.put(v, simulators.get(v).run(p, trials, stream, threads, ProgressListener.NONE));
                progress.progress(++done, total);
            }
            double r = results.get(Variant.SIMPLEX).reliability();
            double rv = Theory.voterStage(p, voterGates);
            points.add(new ReliabilityPoint(p, results, Theory.tmr(r), Theory.tmr(r, rv), rv));
        }
        return points;
    }

    /**
     * The p at which the simulated simplex reliability crosses ½ — where TMR with a perfect voter stops
     * helping — interpolated linearly in log p between sweep points; empty when it does not cross.
     */
    public static OptionalDouble crossover(List<ReliabilityPoint> points) {
        for (int i = 1; i < points.size(); i++) {
            ReliabilityPoint a = points.get(i - 1);
            ReliabilityPoint b = points.get(i);
            double ra = a.r(Variant.SIMPLEX);
            double rb = b.r(Variant.SIMPLEX);
            if (ra >= Theory.CROSSOVER_R && rb < Theory.CROSSOVER_R && a.p() > 0) {
                double t = (ra - Theory.CROSSOVER_R) / (ra - rb);
                return OptionalDouble.of(Math.exp(Math.log(a.p()) + t * (Math.log(b.p()) - Math.log(a.p()))));
            }
        }
        return OptionalDouble.empty();
    }
}
