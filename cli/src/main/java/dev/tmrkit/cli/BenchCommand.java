package dev.tmrkit.cli;

import dev.tmrkit.circuits.io.NetlistFiles;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tmrkit bench}: evaluator throughput on the ISCAS-85 multipliers and ALUs, single-threaded,
 * against the scalar reference measured in the same run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure random-simulation throughput (gate·patterns/s, one thread) of the compiled "
                + "bit-parallel evaluator on c6288 and c7552, beside the scalar reference evaluator measured in the "
                + "same run. Figures are medians of --runs runs after --warmups warm-up runs."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--suite", defaultValue = "eval", paramLabel = "eval|replicas",
            description = "eval: the evaluator on the ISCAS-85 circuits; replicas: the replica simulator (default: ${DEFAULT-VALUE}).")
    String suite;

    @Option(names = "--circuits", paramLabel = "DIR",
            description = "The benchmark folder with iscas85/ (default: shared/circuits found above the working directory).")
    Path circuits;

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs per figure (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmups", defaultValue = "3", description = "Warm-up runs per figure (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--min-time", defaultValue = "0.3", paramLabel = "SECONDS",
            description = "Each run repeats the work for at least this long (default: ${DEFAULT-VALUE}).")
    double minTime;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random patterns (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || warmups < 0 || minTime <= 0) {
            throw new UserException("--runs must be >= 1, --warmups >= 0 and --min-time > 0");
        }
        if (suite.equals("replicas")) {
            return suite(new ReplicasBenchSuite());
        }
        if (!suite.equals("eval")) {
            throw new UserException("no bench suite '" + suite + "'; choose eval or replicas");
        }
        Path dir = circuits != null ? circuits : findCircuits();
        Throughput t = new Throughput(warmups, runs, (long) (minTime * 1e9));
        Table table = new Table("circuit", "evaluator", "patterns", "gate_patterns_per_s", "min", "max", "vs_reference");
        List<Object> json = new ArrayList<>();
        PrintWriter out = spec.commandLine().getOut();
        for (String name : List.of("c6288", "c7552")) {
            Path file = dir.resolve("iscas85").resolve(name + ".bench");
            if (!Files.isRegularFile(file)) {
                throw new UserException("benchmark circuit not found: " + file + " (give --circuits DIR)");
            }
            Netlist n = NetlistFiles.read(file);
            Throughput.Result ref = t.reference(n, 2000, seed);
            add(table, json, name, "scalar reference", 2000, ref, ref.median());
            for (long patterns : new long[] {65_536, 1_048_576}) {
                add(table, json, name, "compiled, 64 words per call", patterns, t.compiled(n, patterns, 64, seed), ref.median());
            }
            add(table, json, name, "compiled, 1 word per call", 65_536, t.compiled(n, 65_536, 1, seed), ref.median());
        }
        if (format == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("machine", machine());
            m.put("runs", runs);
            m.put("warmups", warmups);
            m.put("seed", seed);
            m.put("results", json);
            out.println(Json.write(m));
        } else if (format == Format.csv) {
            out.print(table.csv());
        } else {
            out.println("machine: " + machine());
            out.println("one thread; median of " + runs + " runs after " + warmups + " warm-up runs; seed " + seed);
            out.print(table.text());
        }
        out.flush();
        return 0;
    }

    /** Runs one suite of rows and prints them. */
    private int suite(BenchSuite s) throws Exception {
        BenchContext ctx = new BenchContext(circuits, new Measurement(warmups, runs, (long) (minTime * 1e9)), seed, 1);
        List<BenchRow> rows = s.run(ctx);
        Table table = new Table("suite", "subject", "measure", "unit", "median", "min", "max", "vs_baseline", "goal");
        List<Object> json = new ArrayList<>();
        for (BenchRow r : rows) {
            table.row(r.suite(), r.subject(), r.measure(), r.unit(), sci(r.median()), sci(r.min()), sci(r.max()), r.ratio(), r.goal());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("suite", r.suite());
            m.put("subject", r.subject());
            m.put("measure", r.measure());
            m.put("unit", r.unit());
            m.put("median", r.median());
            m.put("min", r.min());
            m.put("max", r.max());
            m.put("ratio", r.ratio());
            m.put("goal", r.goal());
            json.add(m);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("machine", machine());
            m.put("runs", runs);
            m.put("warmups", warmups);
            m.put("seed", seed);
            m.put("results", json);
            out.println(Json.write(m));
        } else if (format == Format.csv) {
            out.print(table.csv());
        } else {
            out.println("machine: " + machine());
            out.println("one thread; median of " + runs + " runs after " + warmups + " warm-up runs; seed " + seed);
            out.println("== " + s.name() + ": " + s.description());
            out.print(table.text());
        }
        out.flush();
        return 0;
    }

    private static void add(Table table, List<Object> json, String circuit, String evaluator, long patterns,
                            Throughput.Result r, double reference) {
        table.row(circuit, evaluator, patterns, sci(r.median()), sci(r.min()), sci(r.max()),
                String.format(Locale.ROOT, "%.0fx", r.median() / reference));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("circuit", circuit);
        m.put("evaluator", evaluator);
        m.put("patterns", patterns);
        m.put("gatePatternsPerSecond", r.median());
        m.put("runs", java.util.Arrays.stream(r.rates()).boxed().toList());
        m.put("ratioToReference", r.median() / reference);
        json.add(m);
    }

    private static String sci(double v) {
        return String.format(Locale.ROOT, "%.2e", v);
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vm.name") + "), " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB";
    }

    /** shared/circuits in the working directory or any folder above it. */
    static Path findCircuits() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            for (Path candidate : new Path[] {p.resolve("shared/circuits"), p.resolve("../shared/circuits")}) {
                if (Files.isDirectory(candidate.resolve("iscas85"))) {
                    return candidate.normalize();
                }
            }
        }
        throw new UserException("cannot find the benchmark circuits (shared/circuits); give --circuits DIR");
    }
}
