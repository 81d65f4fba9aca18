package dev.tmrkit.cli.bench;

import dev.tmrkit.circuits.io.bench.BenchWriter;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The largest circuits: load time (median of runs), retained heap per gate, and evaluation throughput,
 * for ITC'99 b22, the largest EPFL BLIF files and a generated netlist of a million gates.
 */
final class ScaleBenchSuite implements BenchSuite {
    static final int GENERATED_GATES = 1_000_000;

    @Override
    public String name() {
        return "scale";
    }

    @Override
    public String description() {
        return "large netlists (goal: load <= 5 s, <= 200 bytes per gate, evaluation as fast as for small circuits)";
    }

    @Override
    public List<BenchRow> run(BenchContext ctx) throws Exception {
        List<Path> files = new ArrayList<>();
        Path b22 = null;
        if (ctx.folder().isPresent()) {
            files.add(ctx.file("itc99", "b22"));
            for (String epfl : List.of("div", "mem_ctrl", "log2")) {
                Path p = ctx.circuits().resolve("epfl").resolve(epfl + ".blif");
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } else {
            // no benchmarks/ folder: the bundled b22, written out so that loading it is measured too (no EPFL)
            b22 = Files.createTempFile("tmrkit-b22", ".bench");
            try (Writer w = Files.newBufferedWriter(b22, StandardCharsets.UTF_8)) {
                new BenchWriter().write(ctx.netlist("itc99", "b22"), w);
            }
            files.add(b22);
        }
        Path generated = Files.createTempFile("tmrkit-1m", ".bench");
        try {
            try (Writer w = Files.newBufferedWriter(generated, StandardCharsets.UTF_8)) {
                new BenchWriter().write(generate(GENERATED_GATES, ctx.seed()), w);
            }
            files.add(generated);
            List<BenchRow> rows = new ArrayList<>();
            for (Path f : files) {
                rows.addAll(measure(f, f == generated ? "generated, 10^6 gates" : f == b22 ? "b22 (bundled)" : f.getFileName().toString(), ctx));
            }
            return rows;
        } finally {
            Files.deleteIfExists(generated);
            if (b22 != null) {
                Files.deleteIfExists(b22);
            }
        }
    }

    private List<BenchRow> measure(Path file, String label, BenchContext ctx) throws Exception {
        long bytes = Files.size(file);
        Netlist[] keep = new Netlist[1];
        Measurement.Result load = Measurement.measure(() -> {
            keep[0] = NetlistFiles.read(file);
            keep[0].depth();
            return 1;
        }, 1, Math.min(3, ctx.measurement().runs()), 0);
        Netlist n = keep[0];
        keep[0] = null;
        double perGate = retainedBytes(file) / (double) n.gateCount();
        double seconds = 1 / load.median();
        List<BenchRow> rows = new ArrayList<>();
        String what = String.format(Locale.ROOT, "%s: %d gates, %.1f MB", label, n.gateCount(), bytes / 1e6);
        rows.add(new BenchRow(name(), what, "load (parse, validate, levelize)", "s", seconds, 1 / load.max(), 1 / load.min(), "",
                "<= 5 s"));
        rows.add(new BenchRow(name(), what, "retained heap per gate", "bytes", perGate, perGate, perGate, "", "<= 200"));
        Measurement.Result eval = ctx.measurement().rate(EvalBenchSuite.compiled(n, 65_536, 64, ctx.seed()));
        rows.add(new BenchRow(name(), what, "evaluation, 64k random patterns, 64 words per call", "gate-patterns/s",
                eval.median(), eval.min(), eval.max(), "", "as for c6288"));
        return rows;
    }

    /** Heap retained by a loaded netlist: used heap after loading minus before, each after full GCs. */
    private static long retainedBytes(Path file) throws Exception {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        settle();
        long before = mem.getHeapMemoryUsage().getUsed();
        Netlist n = NetlistFiles.read(file);
        n.depth();
        settle();
        long after = mem.getHeapMemoryUsage().getUsed();
        if (n.gateCount() < 0) {
            throw new AssertionError("keeps the netlist reachable until measured");
        }
        return after - before;
    }

    private static void settle() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
    }

    /** A random DAG of 2-input gates reading mostly recent nets, like synthesised logic; 64 inputs, 32 outputs. */
    static Netlist generate(int gates, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        NetlistBuilder b = Netlist.builder("generated");
        int inputs = 64;
        for (int i = 0; i < inputs; i++) {
            b.input("i" + i);
        }
        GateType[] types = {GateType.AND, GateType.OR, GateType.NAND, GateType.NOR, GateType.XOR};
        for (int g = 0; g < gates; g++) {
            int nets = inputs + g;
            String a = net(Math.max(0, nets - 1 - r.nextInt(Math.min(nets, 1000))), inputs);
            String c = net(r.nextInt(nets), inputs);
            b.gate(types[r.nextInt(types.length)], "g" + g, a, c);
        }
        for (int k = 0; k < 32; k++) {
            b.output("g" + (gates - 1 - k));
        }
        return b.build();
    }

    private static String net(int index, int inputs) {
        return index < inputs ? "i" + index : "g" + (index - inputs);
    }
}
