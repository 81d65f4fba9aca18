package dev.tmrkit.cli.circuit;

import dev.tmrkit.cli.options.InputFiles;
import dev.tmrkit.cli.output.OutputFiles;
import dev.tmrkit.cli.options.ReadOptions;
import dev.tmrkit.cli.options.UserException;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.Patterns;
import dev.tmrkit.gates.eval.Simulation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tmrkit eval}: outputs for given input vectors, or the whole truth table. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate a circuit on input vectors, or print its truth table.",
            "Vectors are 0/1 strings in declared input order, one per line (Berkeley ABC 'sim -A' format); "
                + "each output line holds the outputs in declared order. For sequential circuits each line is "
                + "one clock cycle, starting from the reset state (every flip-flop 0)."})
public final class EvalCommand implements Callable<Integer> {
    private static final int TRUTH_TABLE_LIMIT = 20;

    @Parameters(index = "0", paramLabel = "CIRCUIT", description = "A netlist file (.bench, .blif, .aag, .aig, Yosys .json) or a built-in circuit name.")
    String circuit;

    @ArgGroup(multiplicity = "1")
    Mode mode;

    static final class Mode {
        @Option(names = "--vectors", paramLabel = "FILE", description = "Input vectors, one per line ('-' for stdin).")
        String vectors;

        @Option(names = "--truth-table", description = "Print every input combination and its outputs (at most 20 inputs).")
        boolean truthTable;

        @Option(names = "--cycles", paramLabel = "N", description = "Run N clock cycles from reset on random inputs drawn "
                + "from --seed; print one line per cycle: cycle, inputs, outputs (and the faulty outputs with --fault).")
        Integer cycles;
    }

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random inputs of --cycles (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--fault", paramLabel = "NET=sa0|sa1|flip[@T]",
            description = "With --cycles or --vectors: also run the circuit with this fault on the net (a flip strikes in cycle T).")
    String fault;

    @Option(names = "--vcd", paramLabel = "FILE", description = "With --cycles or --vectors: write a VCD waveform (GTKWave) of every "
            + "input, output and flip-flop per cycle; with --fault the faulty circuit beside the good one.")
    java.nio.file.Path vcd;

    @Mixin
    ReadOptions read;

    @Mixin
    dev.tmrkit.cli.output.FormatOption.TableCsvJson format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        OutputFiles.checkWritable(vcd);
        Netlist n = read.load(circuit);
        PrintWriter out = spec.commandLine().getOut();
        if (format.get() != dev.tmrkit.cli.output.Format.table) {
            return records(n, out);
        }
        if (mode.truthTable) {
            if (fault != null || vcd != null) {
                throw new UserException("--fault and --vcd go with --cycles or --vectors, not --truth-table");
            }
            truthTable(n, out);
        } else if (mode.cycles != null || fault != null || vcd != null) {
            new CycleRun(n, spec.commandLine().getOut()).run(mode.cycles != null ? CycleRun.random(n, mode.cycles, seed)
                    : readVectors(n), fault == null ? null : parseFault(n), vcd, mode.cycles != null);
        } else {
            List<boolean[]> vectors = readVectors(n);
            for (boolean[] o : n.isSequential() ? runSequential(n, vectors) : runCombinational(n, vectors)) {
                out.println(VectorFile.bits(o));
            }
        }
        out.flush();
        return 0;
    }

    /** The same evaluations as CSV or JSON rows ({@link EvalRows}). */
    private int records(Netlist n, PrintWriter out) throws IOException {
        if (mode.truthTable && (fault != null || vcd != null)) {
            throw new UserException("--fault and --vcd go with --cycles or --vectors, not --truth-table");
        }
        if (mode.truthTable) {
            checkTruthTable(n);
        }
        dev.tmrkit.gates.fault.Fault f = fault == null ? null : parseFault(n);
        List<boolean[]> vectors = mode.truthTable ? null : mode.cycles != null ? CycleRun.random(n, mode.cycles, seed) : readVectors(n);
        try (EvalRows rows = new EvalRows(out, format.get(), n, f == null ? null : f.describe(n), mode.cycles != null ? seed : null)) {
            if (mode.truthTable) {
                long count = Patterns.exhaustiveCount(n.inputCount());
                List<boolean[]> block = new java.util.ArrayList<>();
                for (long r = 0; r < count; r++) {
                    boolean[] in = new boolean[n.inputCount()];
                    for (int i = 0; i < in.length; i++) {
                        in[i] = Patterns.exhaustiveBit(i, in.length, r);
                    }
                    block.add(in);
                    if (block.size() == 65_536 || r == count - 1) {
                        List<boolean[]> outs = runCombinational(n, block);
                        for (int v = 0; v < block.size(); v++) {
                            rows.row(null, block.get(v), outs.get(v), null);
                        }
                        block.clear();
                    }
                }
            } else if (n.isSequential() || mode.cycles != null || f != null || vcd != null) {
                new CycleRun(n, out).run(vectors, f, vcd, true, rows);
            } else {
                List<boolean[]> outs = runCombinational(n, vectors);
                for (int v = 0; v < vectors.size(); v++) {
                    rows.row(null, vectors.get(v), outs.get(v), null);
                }
            }
        }
        return 0;
    }

    private dev.tmrkit.gates.fault.Fault parseFault(Netlist n) {
        try {
            return dev.tmrkit.circuits.probe.FaultSpec.parse(n, fault);
        } catch (IllegalArgumentException e) {
            throw new UserException("--fault: " + e.getMessage(), e);
        }
    }

    private List<boolean[]> readVectors(Netlist n) throws IOException {
        if (mode.vectors.equals("-")) {
            return VectorFile.read("<stdin>", System.in, n.inputCount());
        }
        Path p = Path.of(mode.vectors);
        InputFiles.add(p);
        return VectorFile.read(p, n.inputCount());
    }

    /** Vectors 64 to a word: bit-parallel. */
    static List<boolean[]> runCombinational(Netlist n, List<boolean[]> vectors) {
        int words = Math.max(1, (vectors.size() + 63) / 64);
        Simulation sim = CompiledEvaluator.compile(n).newSimulation(words).observeOnly();
        long[][] bits = new long[n.inputCount()][words];
        for (int v = 0; v < vectors.size(); v++) {
            boolean[] in = vectors.get(v);
            for (int i = 0; i < in.length; i++) {
                if (in[i]) {
                    bits[i][v / 64] |= 1L << (v % 64);
                }
            }
        }
        for (int i = 0; i < bits.length; i++) {
            sim.setInput(i, bits[i]);
        }
        sim.evaluate();
        List<boolean[]> result = new java.util.ArrayList<>();
        for (int v = 0; v < vectors.size(); v++) {
            boolean[] o = new boolean[n.outputCount()];
            for (int k = 0; k < o.length; k++) {
                o[k] = (sim.output(k, v / 64) >>> (v % 64) & 1) != 0;
            }
            result.add(o);
        }
        return result;
    }

    /** One lane, one clock cycle per vector, from reset. */
    static List<boolean[]> runSequential(Netlist n, List<boolean[]> vectors) {
        Simulation sim = CompiledEvaluator.compile(n).newSimulation(1).observeOnly();
        List<boolean[]> result = new java.util.ArrayList<>();
        for (boolean[] in : vectors) {
            for (int i = 0; i < in.length; i++) {
                sim.setInput(i, 0, in[i] ? 1L : 0L);
            }
            sim.evaluate();
            boolean[] o = new boolean[n.outputCount()];
            for (int k = 0; k < o.length; k++) {
                o[k] = (sim.output(k, 0) & 1) != 0;
            }
            result.add(o);
            sim.clock();
        }
        return result;
    }

    private static void checkTruthTable(Netlist n) {
        if (n.isSequential()) {
            throw new UserException("'" + n.name() + "' is sequential; a truth table needs a combinational circuit (use --vectors, one line per clock cycle)");
        }
        if (n.inputCount() > TRUTH_TABLE_LIMIT) {
            throw new UserException("'" + n.name() + "' has " + n.inputCount() + " inputs; a truth table is printed for at most "
                    + TRUTH_TABLE_LIMIT + " (2^" + TRUTH_TABLE_LIMIT + " rows); use --vectors instead");
        }
    }

    private void truthTable(Netlist n, PrintWriter out) {
        checkTruthTable(n);
        long rows = Patterns.exhaustiveCount(n.inputCount());
        int words = (int) Math.max(1, (rows + 63) / 64);
        Simulation sim = CompiledEvaluator.compile(n).newSimulation(Math.min(words, 1024)).observeOnly();
        out.println("# " + String.join(" ", n.inputNames()) + " | " + String.join(" ", n.outputNames()));
        StringBuilder line = new StringBuilder();
        for (int base = 0; base < words; base += sim.words()) {
            Patterns.loadExhaustive(sim, base);
            sim.evaluate();
            for (long r = 64L * base; r < Math.min(rows, 64L * (base + sim.words())); r++) {
                line.setLength(0);
                for (int i = 0; i < n.inputCount(); i++) {
                    line.append(Patterns.exhaustiveBit(i, n.inputCount(), r) ? '1' : '0');
                }
                line.append(' ');
                int w = (int) (r / 64) - base;
                for (int k = 0; k < n.outputCount(); k++) {
                    line.append((sim.output(k, w) >>> (r % 64) & 1) != 0 ? '1' : '0');
                }
                out.println(line);
            }
        }
    }
}
