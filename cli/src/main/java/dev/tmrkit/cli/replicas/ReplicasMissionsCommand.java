package dev.tmrkit.cli.replicas;

import dev.tmrkit.cli.output.Table;
import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.FormatOption;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.options.RunOptions;
import dev.tmrkit.cli.options.UserException;

import dev.tmrkit.stateful.mission.Comparison;
import dev.tmrkit.stateful.mission.Configuration;
import dev.tmrkit.stateful.mission.StandardMissions;
import dev.tmrkit.stateful.mission.MissionReport;
import dev.tmrkit.stateful.mission.MissionSimulator;
import dev.tmrkit.stateful.mission.MissionBlock;
import dev.tmrkit.cli.shard.SeedPart;
import dev.tmrkit.cli.shard.SliceOptions;
import dev.tmrkit.cli.shard.Shard;
import dev.tmrkit.stateful.mission.SurvivalEstimate;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tmrkit replicas missions}: Monte Carlo missions of simplex, TMR, TMR with repair, TMR with cold
 * spares and a simplex with one cold spare, each simulated figure beside its closed form.
 */
@Command(name = "missions", mixinStandardHelpOptions = true,
        description = {"Monte Carlo over many seeded missions: every active replica fails after an exponential time "
                + "with rate λ; each mission runs event by event until too few replicas work. The simulated mean time "
                + "to failure and R(t) (missions still up at t) come with 99%% intervals, each beside its closed form: "
                + "TMR 5/(6λ) and 3e^(−2λt) − 2e^(−3λt); TMR with repair (one at a time, rate μ) (5λ+μ)/(6λ²); "
                + "TMR with S cold spares (S+1)/(3λ) + 1/(2λ); one cold spare e^(−λt)(1+λt).",
            "Static redundancy: a fixed set of replicas behind a voter that masks failures (TMR). Dynamic "
                + "redundancy: detect a failed replica and replace it (cold spares) or repair it. TMR with either is "
                + "hybrid."})
public final class ReplicasMissionsCommand implements Callable<Integer>, SeedPart.Slot {
    /** Above this many expected events the run is refused: it would take minutes. */
    static final double EVENT_BUDGET = 2e9;

    @Option(names = "--lambda", defaultValue = "0.001", paramLabel = "L",
            description = "Failure rate λ of each active replica, per unit time (default: ${DEFAULT-VALUE}).")
    double lambda;

    @Option(names = "--mu", defaultValue = "0.1", paramLabel = "M",
            description = "Repair rate μ, per unit time; 0 leaves out TMR with repair (default: ${DEFAULT-VALUE}).")
    double mu;

    @Option(names = "--spares", defaultValue = "2", paramLabel = "S",
            description = "Cold spares of the TMR-with-spares configuration; 0 leaves it out (default: ${DEFAULT-VALUE}).")
    int spares;

    @Option(names = "--missions", defaultValue = "100000", paramLabel = "N",
            description = "Missions per configuration (default: ${DEFAULT-VALUE}).")
    long missions;

    @Option(names = "--times", split = ",", paramLabel = "T",
            description = "Times at which to estimate R(t), in the time unit of the rates (default: 0.1, 0.5, 1 and 2 times 1/λ).")
    double[] times;

    @Mixin
    FormatOption.TableCsvJson format;

    @Mixin
    RunOptions run;

    @Spec
    CommandSpec spec;

    @Mixin
    SliceOptions slices;

    @Override
    public void use(SeedPart.Engine engine) {
        slices.use(engine);
    }

    @Override
    public Integer call() {
        validate();
        slices.check();
        int threads = run.threads();
        List<Double> at = times();
        long units = MissionSimulator.blocks(missions);
        String digest = SliceOptions.digest(SeedPart.MISSIONS, spec, units);
        List<Configuration> configurations = configurations();
        List<MissionReport> reports = new ArrayList<>();
        try {
            if (slices.shard() != null) {
                Shard shard = slices.shard();
                List<Map<Integer, MissionBlock>> blocks = new ArrayList<>();
                for (Configuration c : configurations) {
                    MissionBlock[] done = new MissionSimulator(c, lambda).run(missions, at, run.seed, threads, b -> SeedPart.holds(shard, b));
                    Map<Integer, MissionBlock> held = new LinkedHashMap<>();
                    for (int b = 0; b < done.length; b++) {
                        if (done[b] != null) {
                            held.put(b, done[b]);
                        }
                    }
                    blocks.add(held);
                }
                slices.writePart(new SeedPart("", SeedPart.MISSIONS, shard, digest, units, SliceOptions.args(spec), blocks, 0, -1),
                        spec.commandLine().getOut());
                return 0;
            }
            List<MissionBlock[]> restored = slices.fromParts() ? restored(slices.parts(SeedPart.MISSIONS, spec, units), digest, units) : null;
            for (int k = 0; k < configurations.size(); k++) {
                MissionSimulator sim = new MissionSimulator(configurations.get(k), lambda);
                reports.add(MissionReport.of(restored == null ? sim.run(missions, at, run.seed, threads)
                        : sim.result(missions, at, run.seed, restored.get(k))));
            }
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        java.io.StringWriter text = new java.io.StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (format.get() == Format.json) {
            out.println(Json.write(json(reports, at)));
        } else if (format.get() == Format.csv) {
            out.print(dev.tmrkit.cli.output.Records.csv(csv(reports)));
        } else {
            text(out, reports);
        }
        out.flush();
        slices.emit(text.toString(), spec.commandLine().getOut());
        return 0;
    }

    /** The blocks of every configuration from the parts of a sharded run, each slice holding exactly its blocks. */
    private List<MissionBlock[]> restored(List<SeedPart> parts, String digest, long units) {
        SeedPart.checkCover(parts, SeedPart.MISSIONS, digest, units);
        int configurations = configurations().size();
        List<MissionBlock[]> all = new ArrayList<>();
        for (int k = 0; k < configurations; k++) {
            all.add(new MissionBlock[(int) units]);
        }
        for (SeedPart p : parts) {
            if (p.blocks().size() != configurations) {
                throw new UserException(p.source() + ": " + p.blocks().size() + " configurations, the run has " + configurations);
            }
            for (int k = 0; k < configurations; k++) {
                Map<Integer, MissionBlock> held = p.blocks().get(k);
                for (Map.Entry<Integer, MissionBlock> e : held.entrySet()) {
                    int b = e.getKey();
                    if (b < 0 || b >= units || !SeedPart.holds(p.shard(), b)) {
                        throw new UserException(p.source() + ": block " + b + " does not belong to shard " + p.shard() + " of " + units
                                + " blocks");
                    }
                    all.get(k)[b] = e.getValue();
                }
                if (held.size() != SeedPart.size(p.shard(), units)) {
                    throw new UserException(p.source() + ": shard " + p.shard() + " holds " + held.size() + " of its "
                            + SeedPart.size(p.shard(), units) + " blocks of missions");
                }
            }
        }
        return all;
    }

    private void validate() {
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new UserException("--lambda must be a positive, finite failure rate, got " + lambda);
        }
        if (!(mu >= 0) || Double.isInfinite(mu)) {
            throw new UserException("--mu must be a finite repair rate of at least 0, got " + mu);
        }
        if (spares < 0) {
            throw new UserException("--spares must be at least 0, got " + spares);
        }
        if (missions < 2) {
            throw new UserException("--missions must be at least 2 (the interval of the mean needs two), got " + missions);
        }
        if (times != null) {
            for (double t : times) {
                if (!(t >= 0) || Double.isInfinite(t)) {
                    throw new UserException("--times must be finite and at least 0, got " + t);
                }
            }
        }
        // a repaired TMR mission takes about μ/λ events, a TMR mission with S spares about S + 2
        double events = missions * (5.0 + spares + mu / lambda);
        if (events > EVENT_BUDGET) {
            throw new UserException(String.format(Locale.ROOT, "about %.1e events to simulate (%d missions; μ/λ = %.3g, "
                    + "%d spares): lower --missions, --mu or --spares (the limit is %.0e)", events, missions, mu / lambda,
                    spares, EVENT_BUDGET));
        }
    }

    private List<Double> times() {
        return times == null ? StandardMissions.defaultTimes(lambda) : java.util.Arrays.stream(times).boxed().toList();
    }

    /** The configurations compared: {@link StandardMissions#configurations}. */
    List<Configuration> configurations() {
        return StandardMissions.configurations(mu, spares);
    }

    private void text(PrintWriter out, List<MissionReport> reports) {
        out.println("missions   " + missions + " per configuration, seed " + run.seed
                + " (mission i draws from the i-th split of the seed, the same for every configuration)");
        out.println("rates      λ = " + plain(lambda) + " failures per active replica per unit time"
                + (mu > 0 ? "; μ = " + plain(mu) + " repairs per unit time, one repair at a time" : "; no repair (μ = 0)")
                + (spares > 0 ? "; S = " + spares + " cold spares" : ""));
        out.println("intervals  99%: mean ± 2.576·s/√n for the MTTF, Wilson for R(t); 'ok' when the exact value lies inside");
        out.println("static     redundancy: a fixed set of replicas behind a voter that masks failures (TMR: 2 of 3)");
        out.println("dynamic    redundancy: detect a failed replica and replace it (cold spares: idle, they cannot fail) "
                + "or repair it; TMR with either is hybrid");
        int figures = 0;
        int within = 0;
        for (MissionReport r : reports) {
            Configuration c = r.result().configuration();
            out.println();
            out.println(c.label() + " — " + redundancy(c) + ": " + c.active() + " active, " + c.needed() + " needed, "
                    + (c.spares() == 0 ? "no spares" : c.spares() + (c.spares() == 1 ? " cold spare" : " cold spares"))
                    + ", " + (c.repairs() ? "repair at μ = " + plain(c.repairRate()) : "no repair"));
            Table t = new Table("figure", "simulated [99% CI]", "formula", "exact", "ok");
            for (Comparison x : r.comparisons()) {
                String pattern = x == r.meanTimeToFailure() ? timeFormat(x.simulated()) : "%.5f";
                t.row(x.quantity(), String.format(Locale.ROOT, pattern + " [" + pattern + ", " + pattern + "]", x.simulated(),
                        x.low(), x.high()), x.formula().expression(), String.format(Locale.ROOT, pattern, x.formula().value()),
                        x.within() ? "ok" : "MISS");
                figures++;
                within += x.within() ? 1 : 0;
            }
            out.print(t.text().indent(2));
        }
        out.println();
        out.println(within + " of " + figures + " figures within their 99% intervals (where the model is right, about 1 in 100 "
                + "falls outside by chance; a wrong formula misses by far more)");
    }

    /** One row per figure: the configuration, the figure (MTTF or R(t)), t (none for the MTTF) and the figure's fields. */
    private static List<Map<String, Object>> csv(List<MissionReport> reports) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MissionReport r : reports) {
            String name = r.result().configuration().label();
            rows.add(row(name, "MTTF", null, r.meanTimeToFailure()));
            for (int j = 0; j < r.reliability().size(); j++) {
                rows.add(row(name, "R(t)", r.result().survival().get(j).time(), r.reliability().get(j)));
            }
        }
        return rows;
    }

    private static Map<String, Object> row(String configuration, String figure, Double t, Comparison x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("configuration", configuration);
        m.put("figure", figure);
        m.put("t", t);
        m.putAll(figure(x));
        return m;
    }

    private Map<String, Object> json(List<MissionReport> reports, List<Double> at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", run.seed);
        m.put("missions", missions);
        m.put("lambda", lambda);
        m.put("mu", mu);
        m.put("spares", spares);
        m.put("times", at);
        List<Object> list = new ArrayList<>();
        int figures = 0;
        int within = 0;
        for (MissionReport r : reports) {
            Configuration c = r.result().configuration();
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", c.label());
            e.put("redundancy", c.redundancy().name().toLowerCase(Locale.ROOT));
            e.put("active", c.active());
            e.put("needed", c.needed());
            e.put("spares", c.spares());
            e.put("repairRate", c.repairRate());
            e.put("mttf", figure(r.meanTimeToFailure()));
            List<Object> rel = new ArrayList<>();
            for (int j = 0; j < r.reliability().size(); j++) {
                SurvivalEstimate s = r.result().survival().get(j);
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("t", s.time());
                f.put("alive", s.alive());
                f.putAll(figure(r.reliability().get(j)));
                rel.add(f);
            }
            e.put("reliability", rel);
            list.add(e);
            figures += r.comparisons().size();
            within += r.within();
        }
        m.put("configurations", list);
        m.put("figures", figures);
        m.put("withinCi", within);
        return m;
    }

    private static Map<String, Object> figure(Comparison x) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("level", LEVEL);
        f.put("value", x.simulated());
        f.put("low", x.low());
        f.put("high", x.high());
        f.put("formula", x.formula().expression());
        f.put("exact", x.formula().value());
        f.put("closedForm", x.formula().closedForm());
        f.put("withinCi", x.within());
        return f;
    }

    /** The level of every interval of the report (MeanInterval.at99, Wilson at Normal.Z99). */
    private static final double LEVEL = 0.99;

    private static String redundancy(Configuration c) {
        switch (c.redundancy()) {
            case NONE: return "no redundancy (the baseline)";
            case STATIC: return "static redundancy";
            case DYNAMIC: return "dynamic redundancy";
            default: return "hybrid redundancy (static + dynamic)";
        }
    }

    /** Times to failure to about five significant digits, the interval bounds with the same decimals. */
    private static String timeFormat(double v) {
        int magnitude = v > 0 ? (int) Math.floor(Math.log10(v)) : 0;
        return "%." + Math.max(0, 4 - magnitude) + "f";
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
