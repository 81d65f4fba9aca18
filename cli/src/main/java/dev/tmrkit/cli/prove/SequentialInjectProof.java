package dev.tmrkit.cli.prove;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.sat.FaultProof;
import dev.tmrkit.circuits.sat.SequentialFaultProof;
import dev.tmrkit.circuits.sat.SequentialFaultProver;
import dev.tmrkit.circuits.sat.SequentialProver;
import dev.tmrkit.circuits.sat.parallel.ParallelFaultProofs;
import dev.tmrkit.cli.output.FaultKeys;
import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.output.Records;
import dev.tmrkit.cli.output.Table;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code inject --prove} on a circuit with flip-flops: every single fault (stuck-at, or a flip in its cycle)
 * decided for every input sequence from reset by {@link SequentialFaultProver}: masked or detected proven for
 * every cycle, or bounded to a depth (and said so), or silent with a witness sequence.
 */
final class SequentialInjectProof {
    /** Random sequences simulated before SAT, for cheap witnesses. */
    static final int SIMULATION_SEQUENCES = 256;
    private static final int ESCAPES_SHOWN = 40;
    private static final List<String> COLUMNS = List.of("masked (proven)", "masked (bounded)", "detected (proven)",
            "detected (bounded)", "silent", "unknown");

    private SequentialInjectProof() {
    }

    static int run(PrintWriter out, Netlist n, List<Fault> faults, long seed, int limit, int depth, Format format,
                   boolean perFault, CampaignPlan.Judging judging, boolean tmr, ParallelFaultProofs.Run run) {
        long start = System.nanoTime();
        List<SequentialFaultProof> proofs = ParallelFaultProofs.sequential(n, judging,
                new SequentialProver.Settings(depth, SIMULATION_SEQUENCES, seed, Duration.ofSeconds(limit)),
                faults.stream().map(List::of).toList(), run);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (format == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("circuit", n.name());
            m.put("faults", proofs.size());
            Map<String, Integer> counts = counts(proofs);
            for (String c : COLUMNS) {
                m.put(key(c), counts.getOrDefault(c, 0));
            }
            m.put("seed", seed);
            m.put("simulationSequences", SIMULATION_SEQUENCES);
            m.put("depth", depth);
            m.put("limitSeconds", limit);
            m.put("seconds", seconds);
            m.put("results", records(n, proofs, tmr));
            out.println(Json.write(m));
        } else if (format == Format.csv) {
            out.print(Records.csv(records(n, proofs, tmr)));
        } else {
            table(out, n, proofs, seed, limit, depth, seconds, tmr, perFault);
        }
        out.flush();
        return 0;
    }

    /** One column of the table per verdict: masked/detected split into proven and bounded. */
    private static String column(SequentialFaultProof p) {
        return switch (p.verdict()) {
            case MASKED, DETECTED -> p.verdict().name().toLowerCase(Locale.ROOT) + (p.proven() ? " (proven)" : " (bounded)");
            default -> p.verdict().label();
        };
    }

    private static Map<String, Integer> counts(List<SequentialFaultProof> proofs) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (SequentialFaultProof p : proofs) {
            m.merge(column(p), 1, Integer::sum);
        }
        return m;
    }

    /** {@code masked (bounded)} as a JSON key: {@code maskedBounded}. */
    private static String key(String column) {
        String[] w = column.replace("(", "").replace(")", "").split(" ");
        return w.length == 1 ? w[0] : w[0] + Character.toUpperCase(w[1].charAt(0)) + w[1].substring(1);
    }

    private static void table(PrintWriter out, Netlist n, List<SequentialFaultProof> proofs, long seed, int limit, int depth,
                              double seconds, boolean tmr, boolean perFault) {
        out.println("circuit   " + n.name() + " (" + n.inputCount() + " inputs, " + n.outputCount() + " outputs, "
                + n.stats().gates() + " gates, " + n.dffGates().length + " flip-flops)");
        out.println("faults    " + proofs.size() + " single faults, each decided for every input sequence from reset: "
                + SIMULATION_SEQUENCES + " random sequences first (seed " + seed + "), then induction over a register "
                + "correspondence (stuck-at) or re-convergence of the state (flips), else bounded SAT to " + depth
                + " cycles after the fault first acts; SAT limit " + limit + " s per fault");
        Map<String, Map<String, Integer>> byRegion = new LinkedHashMap<>();
        for (SequentialFaultProof p : proofs) {
            byRegion.computeIfAbsent(InjectProof.region(n, p.faults().get(0), tmr), k -> new LinkedHashMap<>())
                    .merge(column(p), 1, Integer::sum);
        }
        List<String> header = new ArrayList<>(List.of("region", "faults"));
        header.addAll(COLUMNS);
        Table t = new Table(header.toArray(String[]::new));
        byRegion.forEach((region, c) -> t.row(row(region, c)));
        t.row(row("total", counts(proofs)));
        out.println();
        out.print(t.text());
        out.println();
        Map<String, Integer> methods = new LinkedHashMap<>();
        proofs.forEach(p -> methods.merge(p.method(), 1, Integer::sum));
        out.println("decided by " + methods.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .reduce((a, b) -> a + ", " + b).orElse("-") + String.format(Locale.ROOT, " in %.2f s", seconds));
        long bounded = proofs.stream().filter(p -> !p.proven()).count();
        if (bounded > 0) {
            out.println("bounded   " + bounded + " verdicts hold for the first cycles from reset only (the cycle count is "
                    + "per fault in JSON); nothing is said about later cycles: not proven");
        }
        List<SequentialFaultProof> shown = proofs.stream().filter(p -> perFault || !p.witness().isEmpty()).toList();
        if (shown.isEmpty()) {
            return;
        }
        out.println();
        Table e = new Table("fault", "region", "verdict", "by", "cycle", "witness (input vectors from reset, cycle by cycle, /-separated)");
        for (int i = 0; i < Math.min(shown.size(), perFault ? Integer.MAX_VALUE : ESCAPES_SHOWN); i++) {
            SequentialFaultProof p = shown.get(i);
            Fault f = p.faults().get(0);
            e.row(f.describe(n), InjectProof.region(n, f, tmr), p.label(), p.method(),
                    p.witness().isEmpty() ? "-" : String.valueOf(p.failingCycle()),
                    p.witness().isEmpty() ? "-" : String.join("/", p.witness()));
        }
        out.print(e.text());
        if (!perFault && shown.size() > ESCAPES_SHOWN) {
            out.println("... and " + (shown.size() - ESCAPES_SHOWN) + " more (--per-fault lists them all)");
        }
    }

    private static Object[] row(String region, Map<String, Integer> c) {
        Object[] r = new Object[2 + COLUMNS.size()];
        r[0] = region;
        r[1] = c.values().stream().mapToInt(Integer::intValue).sum();
        for (int k = 0; k < COLUMNS.size(); k++) {
            r[2 + k] = c.getOrDefault(COLUMNS.get(k), 0);
        }
        return r;
    }

    /** One record per fault; the witness is null or the input vectors from reset separated by {@code /}. */
    private static List<Map<String, Object>> records(Netlist n, List<SequentialFaultProof> proofs, boolean tmr) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (SequentialFaultProof p : proofs) {
            Fault f = p.faults().get(0);
            Map<String, Object> e = new LinkedHashMap<>(FaultKeys.of(n, f));
            e.put("region", InjectProof.region(n, f, tmr));
            e.put("verdict", p.verdict().name().toLowerCase(Locale.ROOT));
            e.put("proven", p.verdict() == FaultProof.Verdict.UNKNOWN ? null : p.proven());
            e.put("method", p.method());
            e.put("boundedCycles", p.proven() ? null : p.cycles());
            e.put("failingCycle", p.witness().isEmpty() ? null : p.failingCycle());
            e.put("witness", p.witness().isEmpty() ? null : String.join("/", p.witness()));
            list.add(e);
        }
        return list;
    }
}
