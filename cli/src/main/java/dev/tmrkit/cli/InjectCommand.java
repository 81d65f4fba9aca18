package dev.tmrkit.cli;

import dev.tmrkit.circuits.campaign.CampaignResult;
import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.campaign.FaultResult;
import dev.tmrkit.circuits.campaign.Outcome;
import dev.tmrkit.circuits.campaign.OutputCheck;
import dev.tmrkit.circuits.campaign.PatternSet;
import dev.tmrkit.circuits.campaign.SingleFaultCampaign;
import dev.tmrkit.circuits.campaign.Wilson;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tmrkit inject}: a single stuck-at fault campaign. */
@Command(name = "inject", mixinStandardHelpOptions = true,
        description = {"Inject every single stuck-at fault (stems and fanout branches) and report, per fault, "
                + "whether the outputs stayed correct (masked) or not (silent).",
            "Without a CIRCUIT it runs the built-in example 'tmr-gate' (three copies of an AND gate with three "
                + "majority voters) with --triplicated-outputs.",
            "Inputs are enumerated exhaustively up to 20 inputs, else --patterns random patterns from --seed."})
final class InjectCommand implements Callable<Integer> {
    static final String DEFAULT_CIRCUIT = "tmr-gate";
    private static final int PER_FAULT_AUTO_LIMIT = 100;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CIRCUIT",
            description = "A netlist file (.bench, .blif) or a built-in circuit name (default: " + DEFAULT_CIRCUIT + ").")
    String circuit;

    @Option(names = "--patterns", defaultValue = "65536", paramLabel = "N",
            description = "Random patterns when not exhaustive (default: ${DEFAULT-VALUE}).")
    long patterns;

    @Option(names = "--cycles", defaultValue = "16", paramLabel = "N",
            description = "Clock cycles per pattern for sequential circuits, from reset (default: ${DEFAULT-VALUE}).")
    int cycles;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--triplicated-outputs",
            description = "Outputs come in groups of three copies; a group is right when two of its copies are.")
    boolean triplicatedOutputs;

    @Option(names = "--per-fault", description = "List every fault (automatic for up to " + PER_FAULT_AUTO_LIMIT + " faults in a table).")
    boolean perFault;

    @Option(names = "--no-drop", description = "Simulate every pattern for every fault and count failing patterns "
            + "(default: stop at a fault's first failing pattern).")
    boolean noDrop;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReadOptions read;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean isDefault = circuit == null;
        Netlist n = read.load(isDefault ? DEFAULT_CIRCUIT : circuit);
        OutputCheck check = triplicatedOutputs || isDefault ? OutputCheck.TRIPLICATED : OutputCheck.EXACT;
        if (patterns < 1) {
            throw new UserException("--patterns must be at least 1, got " + patterns);
        }
        if (cycles < 1) {
            throw new UserException("--cycles must be at least 1, got " + cycles);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new UserException("--threads must be at least 1, got " + workers);
        }
        try {
            check.validate(n.outputCount());
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        PatternSet ps = PatternSet.choose(n.inputCount(), n.isSequential(), patterns, seed, cycles);
        List<Fault> faults = FaultLists.allStuckAt(n);
        SingleFaultCampaign campaign = new SingleFaultCampaign(n, ps, check, !noDrop);
        CampaignResult r;
        try (Progress progress = Progress.onTerminal(spec.commandLine().getErr(), "inject " + n.name())) {
            r = campaign.run(faults, workers, progress);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json: out.println(Json.write(json(n, r, campaign))); break;
            case csv: out.print(perFaultTable(n, r, campaign).csv()); break;
            default: printTable(out, n, r, campaign); break;
        }
        out.flush();
        return 0;
    }

    private void printTable(PrintWriter out, Netlist n, CampaignResult r, SingleFaultCampaign c) {
        out.println("circuit  " + n.name() + " (" + n.inputCount() + " inputs, " + n.outputCount() + " outputs, "
                + n.stats().gates() + " gates, " + n.stats().dffs() + " DFFs)");
        out.println("faults   every single stuck-at fault on stems and fanout branches: " + r.faults());
        out.println("patterns " + r.patterns().describe());
        out.println("seed     " + r.seed());
        out.println("outputs  " + (r.check() == OutputCheck.TRIPLICATED
                ? "triplicated: a group of three copies is right when at least two copies are right"
                : "every output must equal the fault-free circuit's"));
        if (perFault || r.faults() <= PER_FAULT_AUTO_LIMIT) {
            out.println();
            out.print(perFaultTable(n, r, c).text());
        }
        out.println();
        out.println(summary(r));
    }

    static String summary(CampaignResult r) {
        StringBuilder sb = new StringBuilder("summary  " + r.faults() + " faults:");
        for (Outcome o : Outcome.values()) {
            Wilson w = Wilson.of(r.count(o), r.faults());
            sb.append(String.format(Locale.ROOT, " %d %s (%.1f%%, 95%% CI %.1f-%.1f%%)%s", r.count(o), o.label(),
                    100 * w.rate(), 100 * w.low(), 100 * w.high(), o == Outcome.SILENT ? "" : ","));
        }
        return sb.toString();
    }

    private Table perFaultTable(Netlist n, CampaignResult r, SingleFaultCampaign c) {
        Table t = new Table("site", "fault", "outcome", "first_failing_pattern", "failing_patterns");
        for (FaultResult f : r.results()) {
            t.row(f.site(), f.kind(), f.outcome().label(), firstFailing(f, c, r), f.failingPatterns() < 0 ? "" : f.failingPatterns());
        }
        return t;
    }

    private static String firstFailing(FaultResult f, SingleFaultCampaign c, CampaignResult r) {
        if (f.firstFailingPattern() < 0) {
            return "-";
        }
        String vector = r.patterns().cycles() == 1 ? " (inputs " + EvalCommand.bits(c.inputVector(f.firstFailingPattern(), 0)) + ")" : "";
        return f.firstFailingPattern() + vector;
    }

    private Map<String, Object> json(Netlist n, CampaignResult r, SingleFaultCampaign c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("circuit", n.name());
        m.put("faults", r.faults());
        m.put("masked", r.count(Outcome.MASKED));
        m.put("detected", r.count(Outcome.DETECTED));
        m.put("silent", r.count(Outcome.SILENT));
        m.put("seed", r.seed());
        m.put("patterns", r.patterns().count());
        m.put("exhaustive", r.patterns().exhaustive());
        m.put("cycles", r.patterns().cycles());
        m.put("outputCheck", r.check().name().toLowerCase(Locale.ROOT));
        Map<String, Object> rates = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            Wilson w = Wilson.of(r.count(o), r.faults());
            rates.put(o.label(), List.of(w.rate(), w.low(), w.high()));
        }
        m.put("rates95", rates);
        if (perFault) {
            List<Object> list = new ArrayList<>();
            for (FaultResult f : r.results()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("site", f.site());
                e.put("fault", f.kind());
                e.put("outcome", f.outcome().label());
                e.put("firstFailingPattern", f.firstFailingPattern());
                if (f.firstFailingPattern() >= 0 && r.patterns().cycles() == 1) {
                    e.put("firstFailingInputs", EvalCommand.bits(c.inputVector(f.firstFailingPattern(), 0)));
                }
                if (f.failingPatterns() >= 0) {
                    e.put("failingPatterns", f.failingPatterns());
                }
                list.add(e);
            }
            m.put("results", list);
        }
        return m;
    }
}
