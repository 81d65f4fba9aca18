package dev.tmrkit.cli.campaign;

import dev.tmrkit.circuits.campaign.engine.MonteCarlo;
import dev.tmrkit.circuits.reliability.ReliabilityPoint;
import dev.tmrkit.circuits.reliability.ReliabilitySweep;
import dev.tmrkit.circuits.reliability.Variant;
import dev.tmrkit.cli.options.ReadOptions;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.FormatOption;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.output.OutputFiles;
import dev.tmrkit.cli.output.Progress;
import dev.tmrkit.cli.output.Table;
import dev.tmrkit.cli.plot.ChartFiles;
import dev.tmrkit.cli.plot.ReliabilityPlot;
import dev.tmrkit.gates.Netlist;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tmrkit reliability}: simulated reliability of simplex and TMR beside the closed forms. */
@Command(name = "reliability", mixinStandardHelpOptions = true,
        description = {"Monte Carlo reliability of a circuit and its TMR versions when every gate fails "
                + "independently with probability p (its output inverted), on random inputs; beside the closed "
                + "forms 3R²−2R³ (perfect voter) and R_v·(3R²−2R³) (imperfect voter, R_v = (1−p)^voter gates), "
                + "where R is the simulated simplex reliability.",
            "Variants: simplex; TMR with single voters (voter gates fail too); the same with perfect voters; "
                + "TMR with triplicated voters and outputs, read 2-of-3 downstream."})
public final class ReliabilityCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CIRCUIT", description = "A combinational netlist file or built-in circuit.")
    String circuit;

    @Option(names = "--p", split = ",", paramLabel = "P",
            defaultValue = "0.0001,0.0003,0.001,0.003,0.01,0.03,0.1,0.3",
            description = "Per-gate failure probabilities (default: ${DEFAULT-VALUE}).")
    double[] ps;

    @Option(names = "--trials", defaultValue = "100000", description = "Trials per point and variant (default: ${DEFAULT-VALUE}).")
    long trials;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Mixin
    FormatOption.TableCsvJson format;

    @Option(names = "--plot", paramLabel = "FILE", description = "Also draw R_sys(p) with confidence intervals beside "
            + "3R²−2R³, crossover marked, as .png or .svg.")
    java.nio.file.Path plot;

    @Option(names = "--log-unreliability", description = "Plot 1 − R_sys on a log axis instead of R_sys, to see the "
            + "region near R = 1 (needs --plot).")
    boolean logUnreliability;

    @Mixin
    ReadOptions read;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (double p : ps) {
            if (!(p >= 0 && p <= 1)) {
                throw new UserException("--p values must lie in [0, 1], got " + p);
            }
        }
        if (trials < 1) {
            throw new UserException("--trials must be at least 1, got " + trials);
        }
        OutputFiles.checkPlot(plot);
        if (logUnreliability && plot == null) {
            throw new UserException("--log-unreliability draws the plot on a log axis: give --plot FILE too");
        }
        Netlist n = read.load(circuit);
        if (n.isSequential()) {
            throw new UserException("'" + n.name() + "' is sequential; reliability sweeps need a combinational circuit");
        }
        ReliabilitySweep sweep = new ReliabilitySweep(n);
        List<ReliabilityPoint> points;
        try (Progress progress = Progress.onTerminal(spec.commandLine().getErr(), "reliability " + n.name())) {
            points = sweep.run(ps, trials, seed, dev.tmrkit.cli.options.Limits.check("--threads",
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads, 1, dev.tmrkit.cli.options.Limits.MAX_THREADS), progress);
        }
        OptionalDouble crossover = ReliabilitySweep.crossover(points);
        if (plot != null) {
            try {
                OutputFiles.write(plot, dev.tmrkit.cli.plot.ChartFiles.encode(
                        dev.tmrkit.cli.plot.ReliabilityPlot.chart(n.name(), points, crossover, logUnreliability), plot));
            } catch (java.io.IOException e) {
                throw new UserException("cannot write '" + plot + "': " + e.getMessage(), e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.get() == Format.json) {
            out.println(Json.write(json(n, sweep, points, crossover)));
        } else if (format.get() == Format.csv) {
            out.print(table(points).csv());
        } else {
            out.println("circuit  " + n.name() + " (" + n.stats().gates() + " gates; single-voter TMR has "
                    + sweep.voterGates() + " voter gates)");
            out.println("trials   " + trials + " per point and variant, random inputs, seed " + seed);
            out.println("model    every gate fails independently with probability p: its output is inverted");
            out.println("columns  R = simulated reliability [95% Wilson CI]; formulas use the simulated simplex R");
            out.println();
            out.print(table(points).text());
            out.println();
            out.println("crossover (formula): " + (crossover.isPresent()
                    ? String.format(Locale.ROOT, "the simplex R falls below 1/2 near p = %.3g; there 3R²−2R³ drops below R, "
                        + "so by the formula TMR stops helping", crossover.getAsDouble())
                    : "the simplex R stays above 1/2 over this range, so by the formula TMR with a perfect voter helps throughout"));
            out.println("crossover (simulated): " + simulatedCrossover(points));
            out.println("note: 3R²−2R³ assumes the three replicas fail independently. A gate-level simulation departs "
                    + "from it two ways: replicas wrong on different outputs (or compensating each other) still out-vote "
                    + "the error, which lifts multi-output circuits above the formula; and replicas share the input, so "
                    + "when R depends on the input their failures are correlated, which by Jensen's inequality keeps a "
                    + "single-output circuit at or below it. 'ok' marks points within the CI of the formula or above; "
                    + "'below' marks the correlated case.");
        }
        out.flush();
        return 0;
    }

    /** Where the simulated perfect-voter TMR first falls below the simulated simplex circuit. */
    private static String simulatedCrossover(List<ReliabilityPoint> points) {
        for (int i = 0; i < points.size(); i++) {
            ReliabilityPoint p = points.get(i);
            if (p.r(Variant.TMR_PERFECT_VOTER) < p.r(Variant.SIMPLEX)) {
                return i == 0 ? String.format(Locale.ROOT, "perfect-voter TMR is below simplex already at p = %.3g", p.p())
                        : String.format(Locale.ROOT, "perfect-voter TMR falls below simplex between p = %.3g and p = %.3g",
                            points.get(i - 1).p(), p.p());
            }
        }
        return "perfect-voter TMR stays above simplex over this range";
    }

    private static Table table(List<ReliabilityPoint> points) {
        Table t = new Table("p", "R_simplex", "R_tmr_single", "R_tmr_perfect", "3R2-2R3", "ok", "Rv(3R2-2R3)", "R_tmr_triplicated");
        for (ReliabilityPoint p : points) {
            t.row(String.format(Locale.ROOT, "%.4g", p.p()), cell(p, Variant.SIMPLEX), cell(p, Variant.TMR_SINGLE_VOTER),
                    cell(p, Variant.TMR_PERFECT_VOTER), f(p.tmrPerfect()), p.perfectVoterConsistent() ? "ok" : "below",
                    f(p.tmrImperfect()), cell(p, Variant.TMR_TRIPLICATED_VOTERS));
        }
        return t;
    }

    private static String cell(ReliabilityPoint p, Variant v) {
        MonteCarlo.Result r = p.simulated().get(v);
        return String.format(Locale.ROOT, "%.5f [%.5f,%.5f]", r.reliability(), r.interval().low(), r.interval().high());
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }

    private Map<String, Object> json(Netlist n, ReliabilitySweep sweep, List<ReliabilityPoint> points, OptionalDouble crossover) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("circuit", n.name());
        m.put("seed", seed);
        m.put("trials", trials);
        m.put("voterGates", sweep.voterGates());
        m.put("crossoverP", crossover.isPresent() ? crossover.getAsDouble() : null);
        List<Object> list = new ArrayList<>();
        for (ReliabilityPoint p : points) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("p", p.p());
            for (Variant v : Variant.values()) {
                MonteCarlo.Result r = p.simulated().get(v);
                e.put(v.key(), List.of(r.reliability(), r.interval().low(), r.interval().high()));
            }
            e.put("tmrFormula", p.tmrPerfect());
            e.put("tmrImperfectVoterFormula", p.tmrImperfect());
            e.put("voterReliability", p.voterReliability());
            e.put("withinCiOrAbove", p.perfectVoterConsistent());
            list.add(e);
        }
        m.put("points", list);
        return m;
    }
}
