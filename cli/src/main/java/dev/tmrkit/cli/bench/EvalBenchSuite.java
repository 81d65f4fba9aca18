package dev.tmrkit.cli.bench;

import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Random-simulation throughput of the compiled evaluator on one thread, in gate·patterns per second, on
 * c6288 and c7552, against the scalar reference measured in the same run; and on AIGER input in AND-node
 * patterns per second (the AIGER header's AND count), the unit of ABC's {@code sim}, through {@link
 * Simulation#observeOnly} and timed by thread CPU time as ABC times itself.
 */
final class EvalBenchSuite implements BenchSuite {
    private static final int REFERENCE_PATTERNS = 2000;
    /** AIGER files of the AIG rows: folder and file name. */
    static final String[][] AIGER_FILES = {{"iscas85", "c6288.aig"}, {"iscas85", "c7552.aig"}, {"epfl", "div.aig"}};
    static final long AIGER_PATTERNS = 1_048_576;
    static final int AIGER_WORDS = 256;

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String description() {
        return "evaluator throughput, one thread (goal: >= 2e10 gate-patterns/s on c6288, >= 200x the scalar reference); "
                + "AIGER input (c6288, c7552, EPFL div) in AIG-node-patterns/s (goal: >= 3x ABC sim)";
    }

    @Override
    public List<BenchRow> run(BenchContext ctx) throws Exception {
        List<BenchRow> rows = new ArrayList<>();
        for (String name : List.of("c6288", "c7552")) {
            Netlist n = ctx.netlist("iscas85", name);
            Measurement.Result ref = ctx.measurement().rate(reference(n, ctx.seed()));
            rows.add(row(name, "scalar reference, " + REFERENCE_PATTERNS + " patterns", ref, ref, ""));
            String goal = name.equals("c6288") ? ">= 2e10, >= 200x" : "";
            for (long patterns : new long[] {65_536, 1_048_576}) {
                rows.add(row(name, "compiled, 64 words per call, " + patterns + " patterns",
                        ctx.measurement().rate(compiled(n, patterns, 64, ctx.seed())), ref, goal));
            }
            rows.add(row(name, "compiled, 1 word per call, 65536 patterns", ctx.measurement().rate(compiled(n, 65_536, 1, ctx.seed())), ref, ""));
            rows.add(row(name, "outputs only (inverters folded, slots by liveness), " + AIGER_WORDS + " words per call, 1048576 patterns",
                    ctx.measurement().rate(compiled(n, 1_048_576, AIGER_WORDS, ctx.seed(), CompiledEvaluator.compile(n).gateCount(), true)), ref, ""));
        }
        rows.addAll(aigerRows(ctx));
        return rows;
    }

    /**
     * The compiled evaluator on AIGER input (c6288 and c7552 strashed by ABC, EPFL div), in AND nodes of the
     * AIGER header × patterns per second: the unit of ABC's {@code sim} on the same file.
     */
    static List<BenchRow> aigerRows(BenchContext ctx) throws Exception {
        List<BenchRow> rows = new ArrayList<>();
        for (String[] file : AIGER_FILES) {
            Path path = ctx.fileNamed(file[0], file[1]);
            long ands = aigerAnds(path);
            Netlist n = NetlistFiles.read(path);
            Measurement.Result r = ctx.measurement().cpuRate(compiled(n, AIGER_PATTERNS, AIGER_WORDS, ctx.seed(), ands, true));
            rows.add(new BenchRow("eval", file[0] + "/" + file[1], "outputs only from AIGER (" + ands + " ANDs, "
                    + CompiledEvaluator.compile(n).gateCount() + " gates), " + AIGER_WORDS + " words per call, " + AIGER_PATTERNS + " patterns, thread CPU time",
                    "AIG-node-patterns/s", r.median(), r.min(), r.max(), ">= 3x ABC sim (README)"));
        }
        return rows;
    }

    /** The AND count A of an AIGER header {@code aig M I L O A}. */
    static long aigerAnds(Path file) throws java.io.IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            StringBuilder header = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n' && header.length() < 200; c = in.read()) {
                header.append((char) c);
            }
            String[] f = header.toString().trim().split("\\s+");
            if (f.length < 6 || !(f[0].equals("aig") || f[0].equals("aag"))) {
                throw new UserException(file + ":1:1: not an AIGER header: '" + header + "'");
            }
            return Long.parseLong(f[5]);
        }
    }

    private BenchRow row(String circuit, String what, Measurement.Result r, Measurement.Result ref, String goal) {
        return new BenchRow(name(), circuit, what, "gate-patterns/s", r.median(), r.min(), r.max(),
                r.median() / ref.median(), "scalar reference", goal.isEmpty() ? null : goal, null);
    }

    /** The compiled evaluator over {@code patterns} random patterns, {@code chunkWords} words per call. */
    static Measurement.Work compiled(Netlist n, long patterns, int chunkWords, long seed) {
        return compiled(n, patterns, chunkWords, seed, CompiledEvaluator.compile(n).gateCount(), false);
    }

    /**
     * As above, counting {@code unitsPerPattern} units of work per pattern; {@code outputsOnly}: through
     * {@link Simulation#observeOnly} (inverters folded, slots by liveness), as {@code tmrkit eval} runs.
     */
    static Measurement.Work compiled(Netlist n, long patterns, int chunkWords, long seed, long unitsPerPattern, boolean outputsOnly) {
        CompiledEvaluator c = CompiledEvaluator.compile(n);
        int words = (int) ((patterns + 63) / 64);
        int chunk = Math.min(chunkWords, words);
        Simulation sim = outputsOnly ? c.newSimulation(chunk).observeOnly() : c.newSimulation(chunk);
        SplittableRandom random = new SplittableRandom(seed);
        long[][] in = new long[n.inputCount()][words + chunk];
        for (long[] row : in) {
            for (int w = 0; w < words; w++) {
                row[w] = random.nextLong();
            }
        }
        long gatePatterns = unitsPerPattern * 64L * words;
        long[] sink = new long[1];
        return () -> {
            // every chunk of the pattern set, loading its input words (part of the measured work)
            for (int base = 0; base < words; base += chunk) {
                for (int i = 0; i < in.length; i++) {
                    for (int w = 0; w < chunk; w++) {
                        sim.setInput(i, w, in[i][base + w]);
                    }
                }
                sim.evaluate();
                sink[0] += sim.output(0, 0);
            }
            return gatePatterns;
        };
    }

    /** The scalar reference over random patterns. */
    static Measurement.Work reference(Netlist n, long seed) {
        ReferenceEvaluator ref = new ReferenceEvaluator(n);
        SplittableRandom r = new SplittableRandom(seed);
        boolean[][] in = new boolean[REFERENCE_PATTERNS][n.inputCount()];
        for (boolean[] v : in) {
            for (int i = 0; i < v.length; i++) {
                v[i] = r.nextBoolean();
            }
        }
        int gates = n.stats().gates();
        long[] sink = new long[1];
        return () -> {
            for (boolean[] v : in) {
                sink[0] += ref.evaluate(v)[0] ? 1 : 0;
            }
            return (long) gates * REFERENCE_PATTERNS;
        };
    }
}
