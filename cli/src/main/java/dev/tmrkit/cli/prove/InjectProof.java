package dev.tmrkit.cli.prove;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.sat.FaultProof;
import dev.tmrkit.circuits.sat.FaultProver;
import dev.tmrkit.circuits.sat.parallel.ParallelFaultProofs;
import dev.tmrkit.circuits.tmr.TmrNames;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.output.Table;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code inject --prove}: every single stuck-at fault decided by {@link FaultProver} instead of sampled,
 * reported per region of a TMR netlist, with a witness input vector for each fault that is not masked.
 */
public final class InjectProof {
    /** Random patterns fault-simulated before SAT, for cheap witnesses. */
    public static final int SIMULATION_PATTERNS = 2048;
    private static final int ESCAPES_SHOWN = 40;

    @Option(names = "--prove", description = "Decide every single fault for ALL inputs (for circuits with flip-flops: every "
            + "input sequence from reset): masked (proven; or bounded to --depth, said so), or detected/silent with a witness "
            + "input vector (sequence), or unknown at --prove-limit; SAT instead of sampling, on --threads threads.")
    boolean prove;

    @Option(names = "--depth", paramLabel = "K", description = "With --prove on a circuit with flip-flops: cycles the bounded "
            + "check covers after the fault first acts, where induction does not prove the verdict (default: "
            + ProveCommand.DEFAULT_DEPTH + ").")
    Integer depth;

    @Option(names = "--prove-limit", defaultValue = "10", paramLabel = "SECONDS",
            description = "With --prove: SAT time limit per fault (default: ${DEFAULT-VALUE}).")
    int proveLimit;

    @Option(names = "--fault-list", paramLabel = "FILE", description = "Inject (with --prove: decide) these single stuck-at "
            + "faults, one fault set each, in file order (one per line: SITE=sa0|sa1, or rows of tmrkit faults --list) "
            + "instead of the whole list.")
    Path faultList;

    /** The plan on the faults of --fault-list, or {@code plan} itself without it. */
    public CampaignPlan listed(CampaignPlan plan) {
        return faultList == null ? plan : plan.withFaults(ListedFaults.read(plan.netlist(), faultList), faultList.toString());
    }

    /** Whether --fault-list was given. */
    public boolean listsFaults() {
        return faultList != null;
    }

    public boolean requested() {
        return prove;
    }

    /** Refuses --prove beside any option that cannot take effect with it ({@code conflicting}: whether one was given). */
    public void refuse(boolean conflicting, boolean faultsGiven) {
        if (prove && conflicting) {
            throw new UserException("--prove decides every fault by SAT for all inputs: it does not go with --montecarlo, "
                    + "--resume, -o, --vectors or --shard");
        }
        if (faultList != null && faultsGiven) {
            throw new UserException("--fault-list names single stuck-at faults: it does not go with --faults");
        }
    }

    /**
     * Proves the faults of {@code plan} with this command's --prove-limit on {@code run}'s threads; see
     * {@link #run(PrintWriter, CampaignPlan, int, Format, boolean, Path, ParallelFaultProofs.Run)}.
     *
     * @throws java.util.concurrent.CancellationException when {@code run.stop()} ended it early (nothing written)
     */
    public int run(PrintWriter out, CampaignPlan plan, Format format, boolean perFault, ParallelFaultProofs.Run run) {
        Netlist n = plan.netlist();
        if (!n.isSequential()) {
            if (depth != null) {
                throw new UserException("--depth bounds the check of a circuit with flip-flops; '" + n.name()
                        + "' has none, and every input is decided");
            }
            return run(out, plan, proveLimit, format, perFault, faultList, run);
        }
        int k = depth == null ? ProveCommand.DEFAULT_DEPTH : depth;
        dev.tmrkit.cli.options.Limits.check("--depth", k, 1, dev.tmrkit.circuits.sat.SequentialProver.MAX_DEPTH);
        if (proveLimit < 1) {
            throw new UserException("--prove-limit must be at least 1 second");
        }
        List<Fault> faults = new ArrayList<>();
        if (faultList != null) {
            faults.addAll(ListedFaults.read(n, faultList));
        } else {
            for (List<Fault> s : plan.faultSets()) {
                if (s.size() != 1) {
                    throw new UserException("--prove decides single faults; --multi " + s.size() + " strikes sets");
                }
                faults.add(s.get(0));
            }
        }
        return SequentialInjectProof.run(out, n, faults, plan.seed(), proveLimit, k, format, perFault, plan.judging(), isTmr(n), run);
    }

    private static boolean isTmr(Netlist n) {
        for (int net = 0; net < n.netCount(); net++) {
            if (TmrNames.isTmrName(n.netName(net))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param plan      the campaign that --prove replaces; each of its fault sets must be one stuck-at fault
     * @param limit     per-fault SAT time limit in seconds
     * @param faultList the faults to decide instead of the plan's (a file of {@link FaultListFile}), or null
     * @param run       threads, progress and stop of the proofs (the verdicts and witnesses do not depend on them)
     * @return the exit code: 0
     */
    public static int run(PrintWriter out, CampaignPlan plan, int limit, Format format, boolean perFault, Path faultList,
                          ParallelFaultProofs.Run run) {
        Netlist n = plan.netlist();
        List<List<Fault>> sets = plan.faultSets();
        long seed = plan.seed();
        if (n.isSequential()) {
            throw new UserException("'" + n.name() + "' has flip-flops: its faults are decided through inject --prove");
        }
        if (limit < 1) {
            throw new UserException("--prove-limit must be at least 1 second");
        }
        List<Fault> faults = new ArrayList<>(sets.size());
        if (faultList != null) {
            faults.addAll(ListedFaults.read(n, faultList));
            sets = List.of();
        }
        for (List<Fault> s : sets) {
            if (s.size() != 1 || !(s.get(0) instanceof dev.tmrkit.gates.fault.StuckAt)) {
                throw new UserException("--prove decides single stuck-at faults (--faults stuck-at)");
            }
            faults.add(s.get(0));
        }
        long start = System.nanoTime();
        CampaignPlan.Judging j = plan.judging();
        List<FaultProof> proofs = ParallelFaultProofs.combinational(n, j, seed, faults, Duration.ofSeconds(limit),
                SIMULATION_PATTERNS, run);
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean tmr = isTmr(n);
        if (format == Format.json) {
            out.println(Json.write(json(n, proofs, seed, limit, seconds, tmr)));
        } else if (format == Format.csv) {
            out.print(dev.tmrkit.cli.output.Records.csv(records(n, proofs, tmr)));
        } else {
            table(out, n, proofs, seed, limit, seconds, tmr, perFault);
        }
        out.flush();
        return 0;
    }

    static String region(Netlist n, Fault f, boolean tmr) {
        return tmr ? TmrRoles.regionOf(n, f.site()).name().toLowerCase(Locale.ROOT).replace('_', ' ') : "all";
    }

    private static void table(PrintWriter out, Netlist n, List<FaultProof> proofs, long seed, int limit, double seconds,
                              boolean tmr, boolean perFault) {
        out.println("circuit   " + n.name() + " (" + n.inputCount() + " inputs, " + n.outputCount() + " outputs, " + n.stats().gates() + " gates)");
        out.println("faults    " + proofs.size() + " single stuck-at faults, each decided for every input: masked (proven) by "
                + "structure or SAT, or a witness input vector (" + SIMULATION_PATTERNS + " random patterns first, seed " + seed
                + "; SAT limit " + limit + " s per fault)");
        Map<String, EnumMap<FaultProof.Verdict, Integer>> byRegion = new LinkedHashMap<>();
        EnumMap<FaultProof.Verdict, Integer> total = new EnumMap<>(FaultProof.Verdict.class);
        Map<String, Integer> methods = new LinkedHashMap<>();
        for (FaultProof p : proofs) {
            byRegion.computeIfAbsent(region(n, p.fault(), tmr), k -> new EnumMap<>(FaultProof.Verdict.class)).merge(p.verdict(), 1, Integer::sum);
            total.merge(p.verdict(), 1, Integer::sum);
            methods.merge(p.method(), 1, Integer::sum);
        }
        Table t = new Table("region", "faults", "masked (proven)", "detected", "silent", "unknown");
        byRegion.forEach((region, counts) -> t.row(region, counts.values().stream().mapToInt(Integer::intValue).sum(),
                counts.getOrDefault(FaultProof.Verdict.MASKED, 0), counts.getOrDefault(FaultProof.Verdict.DETECTED, 0),
                counts.getOrDefault(FaultProof.Verdict.SILENT, 0), counts.getOrDefault(FaultProof.Verdict.UNKNOWN, 0)));
        t.row("total", proofs.size(), total.getOrDefault(FaultProof.Verdict.MASKED, 0), total.getOrDefault(FaultProof.Verdict.DETECTED, 0),
                total.getOrDefault(FaultProof.Verdict.SILENT, 0), total.getOrDefault(FaultProof.Verdict.UNKNOWN, 0));
        out.println();
        out.print(t.text());
        out.println();
        out.println("decided by " + methods.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).reduce((a, b) -> a + ", " + b).orElse("-")
                + String.format(Locale.ROOT, " in %.2f s", seconds));
        List<FaultProof> shown = proofs.stream().filter(p -> perFault || p.verdict() != FaultProof.Verdict.MASKED).toList();
        if (shown.isEmpty()) {
            return;
        }
        out.println();
        Table e = new Table("fault", "region", "verdict", "by", "witness (inputs in declared order)");
        for (int i = 0; i < Math.min(shown.size(), perFault ? Integer.MAX_VALUE : ESCAPES_SHOWN); i++) {
            FaultProof p = shown.get(i);
            e.row(p.fault().describe(n), region(n, p.fault(), tmr), p.verdict().label(), p.method(), p.witness().orElse("-"));
        }
        out.print(e.text());
        if (!perFault && shown.size() > ESCAPES_SHOWN) {
            out.println("... and " + (shown.size() - ESCAPES_SHOWN) + " more (--per-fault lists them all)");
        }
    }

    private static Map<String, Object> json(Netlist n, List<FaultProof> proofs, long seed, int limit, double seconds, boolean tmr) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("circuit", n.name());
        m.put("faults", proofs.size());
        for (FaultProof.Verdict v : FaultProof.Verdict.values()) {
            m.put(v.name().toLowerCase(Locale.ROOT), proofs.stream().filter(p -> p.verdict() == v).count());
        }
        m.put("seed", seed);
        m.put("simulationPatterns", SIMULATION_PATTERNS);
        m.put("limitSeconds", limit);
        m.put("seconds", seconds);
        m.put("results", records(n, proofs, tmr));
        return m;
    }

    /** One record per fault, as JSON's {@code results} and CSV's rows write it; no witness is null. */
    private static List<Map<String, Object>> records(Netlist n, List<FaultProof> proofs, boolean tmr) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (FaultProof p : proofs) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.putAll(dev.tmrkit.cli.output.FaultKeys.of(n, p.fault()));
            e.put("region", region(n, p.fault(), tmr));
            e.put("verdict", p.verdict().name().toLowerCase(Locale.ROOT));
            e.put("method", p.method());
            e.put("witness", p.witness().orElse(null));
            list.add(e);
        }
        return list;
    }
}
