package dev.tmrkit.cli.bench;

import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.FormatOption;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.output.Table;
import dev.tmrkit.cli.options.UserException;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tmrkit bench}: the performance goals, measured. Every figure is the median of several runs after
 * warm-up, with the baseline measured in the same run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure tmrkit's performance goals: evaluator throughput, fault simulation and TMR proofs on the "
                + "ISCAS-85 circuits, and the replica simulator. Figures are medians of --runs runs after --warmups "
                + "warm-up runs, with ratios against a baseline measured in the same run."})
public final class BenchCommand implements Callable<Integer> {
    static final List<BenchSuite> SUITES = List.of(new EvalBenchSuite(), new FaultSimBenchSuite(), new ScaleBenchSuite(),
            new ReplicasBenchSuite(), new MissionsBenchSuite(), new ProveBenchSuite(), new AtpgBenchSuite());

    @Option(names = "--suite", split = ",", paramLabel = "NAME", description = "Suites to run (default: all): eval, faultsim, scale, replicas, missions.")
    List<String> suites;

    @Option(names = "--circuits", paramLabel = "DIR",
            description = "The benchmark folder with iscas85/, itc99/, epfl/ (default: benchmarks/ in the working directory or the "
                    + "nearest folder above it holding one; else the ISCAS-85 and ITC'99 circuits bundled in tmrkit).")
    Path circuits;

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs per figure (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmups", defaultValue = "3", description = "Warm-up runs per figure (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--min-time", defaultValue = "0.3", paramLabel = "SECONDS",
            description = "Each run repeats short work for at least this long (default: ${DEFAULT-VALUE}).")
    double minTime;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random patterns (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    FormatOption.TableCsvJson format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || warmups < 0 || minTime <= 0) {
            throw new UserException("--runs must be >= 1, --warmups >= 0 and --min-time > 0");
        }
        List<BenchSuite> chosen = choose();
        Path dir = circuits != null ? circuits : findCircuits(Path.of("").toAbsolutePath()).orElse(null);
        BenchContext ctx = new BenchContext(dir, new Measurement(warmups, runs, (long) (minTime * 1e9)), seed,
                Runtime.getRuntime().availableProcessors());
        PrintWriter out = spec.commandLine().getOut();
        List<BenchRow> rows = new ArrayList<>();
        if (format.get() == Format.table) {
            out.println("machine: " + machine());
            out.println("circuits: " + ctx.source());
            out.println("median of " + runs + " runs after " + warmups + " warm-up runs (long figures: fewer, as marked); seed " + seed);
        }
        for (BenchSuite suite : chosen) {
            List<BenchRow> got = suite.run(ctx);
            rows.addAll(got);
            if (format.get() == Format.table) {
                out.println();
                out.println("== " + suite.name() + ": " + suite.description());
                out.print(table(got).text());
                out.flush();
            }
        }
        if (format.get() == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("machine", machine());
            m.put("runs", runs);
            m.put("warmups", warmups);
            m.put("seed", seed);
            m.put("circuits", ctx.source());
            m.put("results", records(rows));
            out.println(Json.write(m));
        } else if (format.get() == Format.csv) {
            out.print(dev.tmrkit.cli.output.Records.csv(records(rows)));
        }
        out.flush();
        return 0;
    }

    private List<BenchSuite> choose() {
        if (suites == null || suites.isEmpty()) {
            return SUITES;
        }
        List<BenchSuite> chosen = new ArrayList<>();
        for (String name : suites) {
            BenchSuite s = SUITES.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() -> new UserException(
                    "no bench suite '" + name + "'; choose from " + SUITES.stream().map(BenchSuite::name).toList()));
            chosen.add(s);
        }
        return chosen;
    }

    /** One record per figure, as JSON's {@code results} and CSV's rows write it; "none" is null. */
    static List<Map<String, Object>> records(List<BenchRow> rows) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (BenchRow r : rows) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("suite", r.suite());
            e.put("subject", r.subject());
            e.put("measure", r.measure());
            e.put("unit", r.unit());
            e.put("median", r.median());
            e.put("min", r.min());
            e.put("max", r.max());
            e.put("ratio", r.ratio());
            e.put("baseline", r.baseline());
            e.put("goal", r.goal());
            e.put("met", r.met());
            list.add(e);
        }
        return list;
    }

    static Table table(List<BenchRow> rows) {
        Table t = new Table("suite", "subject", "measure", "unit", "median", "min", "max", "vs_baseline", "goal");
        for (BenchRow r : rows) {
            t.row(r.suite(), r.subject(), r.measure(), r.unit(), sci(r.median()), sci(r.min()), sci(r.max()), r.ratioText(), r.goalText());
        }
        return t;
    }

    private static String sci(double v) {
        return Math.abs(v) >= 1e4 ? String.format(Locale.ROOT, "%.2e", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vm.name") + "), " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB";
    }

    /** {@code benchmarks/} (holding {@code iscas85/}) in {@code from} or the nearest folder above it. */
    static Optional<Path> findCircuits(Path from) {
        for (Path p = from; p != null; p = p.getParent()) {
            Path candidate = p.resolve("benchmarks");
            if (Files.isDirectory(candidate.resolve("iscas85"))) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }
}
