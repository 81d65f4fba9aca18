package dev.tmrkit.cli.bench;

import dev.tmrkit.circuits.faults.FaultCollapsing;
import dev.tmrkit.circuits.atpg.Atpg;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code tmrkit atpg} on every ISCAS-85 circuit (collapsed faults, 2048 random patterns, SAT limit 10 s per
 * fault): wall-clock seconds, coverage and redundant faults, beside Atalanta 2.0's ATPG on the same circuits
 * as measured on this machine (README, Performance) — a ratio against a figure measured apart, not in this run.
 */
final class AtpgBenchSuite implements BenchSuite {
    static final List<String> CIRCUITS = List.of("c432", "c499", "c880", "c1355", "c1908", "c2670", "c3540", "c5315", "c6288",
            "c7552");

    /**
     * Atalanta 2.0 ({@code atalanta -s 1 -b 1000}, FAN with backtrack limit 1000, random patterns first): wall seconds
     * per process run (process start and reading included; the mean of two medians of 10 runs, interleaved with
     * tmrkit's bench on the same machine, load average 7–9), coverage %, redundant, aborted.
     */
    record Atalanta(double seconds, double coverage, int redundant, int aborted) {
    }

    static final Map<String, Atalanta> ATALANTA = Map.of(
            "c432", new Atalanta(0.0197, 99.237, 1, 3),
            "c499", new Atalanta(0.0150, 98.945, 8, 0),
            "c880", new Atalanta(0.0204, 100.000, 0, 0),
            "c1355", new Atalanta(0.0226, 99.492, 8, 0),
            "c1908", new Atalanta(0.0884, 99.521, 9, 0),
            "c2670", new Atalanta(0.512, 95.741, 90, 27),
            "c3540", new Atalanta(0.0886, 96.004, 137, 0),
            "c5315", new Atalanta(0.114, 98.897, 59, 0),
            "c6288", new Atalanta(0.440, 99.380, 34, 14),
            "c7552", new Atalanta(2.82, 98.159, 77, 62));

    @Override
    public String name() {
        return "atpg";
    }

    @Override
    public String description() {
        return "tmrkit atpg on every ISCAS-85 circuit (collapsed faults): seconds, coverage, redundant faults, against Atalanta "
                + "2.0's ATPG measured apart (README)";
    }

    @Override
    public List<BenchRow> run(BenchContext ctx) throws Exception {
        List<BenchRow> rows = new ArrayList<>();
        for (String c : CIRCUITS) {
            rows.add(row(ctx, c));
        }
        return rows;
    }

    static BenchRow row(BenchContext ctx, String circuit) throws Exception {
        Netlist n = ctx.netlist("iscas85", circuit);
        List<Fault> faults = FaultCollapsing.collapse(n).representatives();
        Atpg.Result[] last = new Atpg.Result[1];
        Measurement.Result m = Measurement.measure(() -> {
            last[0] = Atpg.run(n, faults, 2048, ctx.seed(), Duration.ofSeconds(10));
            return 1;
        }, Math.min(3, ctx.measurement().warmups()), Math.max(1, Math.min(5, ctx.measurement().runs())), 0);
        Atpg.Result r = last[0];
        Atalanta a = ATALANTA.get(circuit);
        double seconds = 1 / m.median();
        String measure = String.format(Locale.ROOT, "%d collapsed faults: coverage %.3f %%, %d redundant, %d aborted, %d tests "
                        + "(Atalanta 2.0 -b 1000: %.3f %%, %d redundant, %d aborted, %.3f s)", faults.size(), 100 * r.coverage(),
                r.count(Atpg.Status.REDUNDANT), r.count(Atpg.Status.ABORTED), r.tests().size(), a.coverage(), a.redundant(),
                a.aborted(), a.seconds());
        return new BenchRow("atpg", circuit, measure, "s", seconds, 1 / m.max(), 1 / m.min(), seconds / a.seconds(),
                "Atalanta's time (measured apart)", null, null);
    }
}
