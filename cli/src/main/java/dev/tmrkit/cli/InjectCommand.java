package dev.tmrkit.cli;

import dev.tmrkit.circuits.campaign.FaultResult;
import dev.tmrkit.circuits.campaign.InputTies;
import dev.tmrkit.circuits.campaign.MonteCarlo;
import dev.tmrkit.circuits.campaign.OutputCheck;
import dev.tmrkit.circuits.campaign.PatternSet;
import dev.tmrkit.circuits.campaign.SingleFaultCampaign;
import dev.tmrkit.circuits.faults.FaultCollapsing;
import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.faults.FlipCycle;
import dev.tmrkit.circuits.faults.FlipSites;
import dev.tmrkit.circuits.faults.RandomSample;
import dev.tmrkit.circuits.faults.SampleSize;
import dev.tmrkit.circuits.tmr.TmrNames;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tmrkit inject}: fault-injection campaigns. */
@Command(name = "inject", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Inject faults one fault set at a time and report, per fault, whether the outputs stayed correct "
                + "(masked), went wrong but the mismatch output flagged it (detected), or went wrong unflagged (silent).",
            "Without a CIRCUIT it runs the built-in example 'tmr-gate' (three copies of an AND gate with three "
                + "majority voters) with --triplicated-outputs: every single stuck-at fault over all input combinations.",
            "Inputs are enumerated exhaustively for combinational circuits with up to 20 inputs, else --patterns random "
                + "patterns (sequential: random input sequences of --cycles cycles from reset) drawn from --seed.",
            "With --tmr the TMR pass is applied first; the report then groups the faults by where they sit (shared "
                + "input, replica, voter, reduction voter, mismatch detector), so single points of failure stand out."})
final class InjectCommand implements Callable<Integer> {
    static final String DEFAULT_CIRCUIT = "tmr-gate";
    /** Exit status of a run stopped by Ctrl-C, as shells report it. */
    static final int INTERRUPTED = 130;
    /** The largest exhaustive enumeration: 2^24 patterns. */
    static final int EXHAUSTIVE_LIMIT = 24;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CIRCUIT",
            description = "A netlist file (.bench, .blif, .aag, .aig, Yosys .json) or a built-in circuit name (default: " + DEFAULT_CIRCUIT + ").")
    String circuit;

    @Option(names = "--tmr", paramLabel = "single|triplicated", converter = TmrFlags.VoterConverter.class,
            description = "Apply the TMR pass first, with single or triplicated voters (see also --scope, --inputs, "
                    + "--outputs, --mismatch, --exclude).")
    TmrOptions.VoterMode tmrVoters;

    @Mixin
    TmrFlags tmr;

    @Option(names = "--faults", defaultValue = "stuck-at", paramLabel = "stuck-at|flip|seu",
            description = "stuck-at: sa0 and sa1 on every stem and fanout branch; flip: a transient bit-flip on every net; "
                    + "seu: a bit-flip of every flip-flop (default: ${DEFAULT-VALUE}).")
    String faults;

    @Option(names = "--collapsed", description = "Stuck-at faults: only one representative per equivalence class.")
    boolean collapsed;

    @Option(names = "--cycle", defaultValue = "0", paramLabel = "T|random",
            description = "Flips and SEUs: the clock cycle they strike, or 'random' for a cycle drawn per fault set (default: ${DEFAULT-VALUE}).")
    String cycle;

    @Option(names = "--multi", defaultValue = "1", paramLabel = "K", description = "Flips and SEUs: K sites struck together "
            + "(a multiple-bit upset) (default: ${DEFAULT-VALUE}).")
    int multi;

    @Option(names = "--spread", defaultValue = "adjacent", paramLabel = "adjacent|random",
            description = "Multiple-bit upsets: K adjacent sites (every window), or K random distinct sites (--sets of them) (default: ${DEFAULT-VALUE}).")
    String spread;

    @Option(names = "--sets", defaultValue = "1000", paramLabel = "N", description = "Random multiple-bit upsets: how many sets (default: ${DEFAULT-VALUE}).")
    int sets;

    @Option(names = "--second-cycle", paramLabel = "T",
            description = "Multiple upsets: every site after the first is struck at cycle T instead (a later second upset).")
    Integer secondCycle;

    @Option(names = "--sample", paramLabel = "N", description = "Inject a random sample of N fault sets instead of all.")
    Integer sample;

    @Option(names = "--margin", paramLabel = "E", description = "Sample size from Leveugle et al. (DATE 2009) for this "
            + "error margin (e.g. 0.01) at --confidence; the size is printed and used.")
    Double margin;

    @Option(names = "--confidence", defaultValue = "0.95", paramLabel = "C", description = "Confidence of --margin (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--montecarlo", paramLabel = "P", description = "Monte Carlo multi-fault instead: every gate fails "
            + "(output inverted) independently with probability P in each of --trials trials on random inputs.")
    Double montecarlo;

    @Option(names = "--trials", defaultValue = "100000", paramLabel = "N", description = "Monte Carlo trials (default: ${DEFAULT-VALUE}).")
    long trials;

    @Option(names = "--patterns", defaultValue = "65536", paramLabel = "N",
            description = "Random patterns when not exhaustive (default: ${DEFAULT-VALUE}).")
    long patterns;

    @Option(names = "--cycles", defaultValue = "16", paramLabel = "N",
            description = "Clock cycles per pattern for sequential circuits, from reset (default: ${DEFAULT-VALUE}).")
    int cycles;

    @Mixin
    RunOptions run;

    @Option(names = "--triplicated-outputs",
            description = "Outputs come in groups of three copies; a group is right when two of its copies are (automatic "
                    + "with --tmr ... --outputs triplicated).")
    boolean triplicatedOutputs;

    @Option(names = "--per-fault", description = "List every fault (automatic in a table for up to " + InjectReport.PER_FAULT_AUTO_LIMIT + " faults).")
    boolean perFault;

    @Option(names = "--no-drop", description = "Simulate every pattern for every fault and count failing patterns "
            + "(default: fault dropping, stop once a fault's outcome is settled).")
    boolean noDrop;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of "
            + "standard output. Interrupted (Ctrl-C), the report holds the results so far, marked partial; as JSON it can be resumed.")
    java.nio.file.Path output;

    @Option(names = "--resume", paramLabel = "FILE", description = "Continue an interrupted run from its partial JSON report "
            + "(same circuit and options); the final report equals an uninterrupted run's.")
    java.nio.file.Path resume;

    @Option(names = "--progress", description = "Report progress on stderr even when it is not a terminal (plain lines, "
            + "at most one a second); on a terminal a bar is drawn anyway.")
    boolean progress;

    @Option(names = "--exhaustive", description = "Enumerate every input combination even above 20 inputs (refused above 24: "
            + "2^24 patterns; use random patterns instead).")
    boolean exhaustive;

    @Option(names = "--prove", description = "Decide every single stuck-at fault for ALL inputs (combinational): masked "
            + "(proven), or detected/silent with a witness input vector, or unknown at --prove-limit; SAT instead of sampling.")
    boolean prove;

    @Option(names = "--prove-limit", defaultValue = "10", paramLabel = "SECONDS",
            description = "With --prove: SAT time limit per fault (default: ${DEFAULT-VALUE}).")
    int proveLimit;

    @Mixin
    ReadOptions read;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // listen for Ctrl-C from the start, so an interruption while loading still ends in a clean (empty) partial report
        try (Interruption interruption = Interruption.install()) {
            return inject(interruption);
        }
    }

    private int inject(Interruption interruption) {
        validate();
        OutputFiles.checkWritable(output);
        boolean isDefault = circuit == null;
        Netlist n = read.load(isDefault ? DEFAULT_CIRCUIT : circuit);
        if (tmrVoters != null) {
            try {
                n = new TmrPass(tmr.options(tmrVoters)).apply(n);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), e);
            }
        }
        int mismatch = n.outputNames().lastIndexOf(TmrNames.MISMATCH);
        boolean triplicated = triplicatedOutputs || isDefault
                || tmrVoters != null && tmr.outputs == TmrOptions.OutputMode.TRIPLICATED;
        OutputCheck check = triplicated ? OutputCheck.TRIPLICATED : OutputCheck.EXACT;
        int judged = n.outputCount() - (mismatch >= 0 ? 1 : 0);
        if (triplicated && judged % 3 != 0) {
            throw new UserException("triplicated outputs need a multiple of 3 outputs, '" + n.name() + "' has " + judged);
        }
        InputTies ties = TmrRoles.inputTies(n);
        PrintWriter out = spec.commandLine().getOut();
        InjectReport report = new InjectReport(n, format, perFault, mismatch);
        if (montecarlo != null) {
            interruption.close(); // a Monte Carlo run is not resumable: Ctrl-C simply ends it
            if (n.isSequential()) {
                throw new UserException("--montecarlo needs a combinational circuit; '" + n.name() + "' has flip-flops");
            }
            MonteCarlo mc = new MonteCarlo(n, check, g -> true, mismatch, ties);
            MonteCarlo.Result r;
            try (Progress progress = Progress.onTerminal(spec.commandLine().getErr(), "montecarlo " + n.name())) {
                r = mc.run(montecarlo, trials, run.seed, run.threads(), progress);
            }
            report.monteCarlo(out, r, mc.eligibleGates(), check);
            out.flush();
            return 0;
        }
        List<List<Fault>> list = faultSets(n);
        String population = describePopulation(list.size());
        if (sample != null || margin != null) {
            int size = sample != null ? sample : (int) SampleSize.leveugle(list.size(), margin, confidence);
            if (size > list.size()) {
                throw new UserException("--sample " + size + " exceeds the " + list.size() + " fault sets");
            }
            population = population + "; random sample of " + size + (margin != null
                    ? String.format(java.util.Locale.ROOT, " (Leveugle et al. 2009: margin %.3g at %.0f%% confidence)", margin, 100 * confidence)
                    : "") + ", seed " + run.seed;
            list = RandomSample.of(list, size, run.seed);
        }
        if (prove) {
            return dev.tmrkit.cli.prove.InjectProof.run(out, n, list, check, mismatch, ties, run.seed, proveLimit, format, perFault);
        }
        PatternSet ps = patternSet(ties.logicalInputs(), n.isSequential());
        if (!faults.equals("stuck-at") && ps.cycles() == 1 && !cycle.equals("0") && !cycle.equals("random")) {
            throw new UserException("a combinational evaluation has one cycle, 0; --cycle " + cycle + " never strikes");
        }
        SingleFaultCampaign campaign;
        try {
            campaign = new SingleFaultCampaign(n, ps, check, mismatch, ties, !noDrop);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        List<List<Fault>> sets = list;
        FaultResult[] results = new FaultResult[sets.size()];
        if (resume != null) {
            Checkpoint.load(resume, report.settings(n, ps, population, sets.size()), results,
                    (k, outcome, first, failing) -> campaign.restore(sets.get(k), outcome, first, failing));
        }
        java.util.BitSet todo = new java.util.BitSet();
        for (int k = 0; k < results.length; k++) {
            if (results[k] == null) {
                todo.set(k);
            }
        }
        try (Progress bar = Progress.onTerminal(spec.commandLine().getErr(), "inject " + n.name(), progress)) {
            FaultResult[] fresh = campaign.runSome(sets, todo, run.threads(), bar, interruption::requested);
            for (int k = 0; k < fresh.length; k++) {
                if (fresh[k] != null) {
                    results[k] = fresh[k];
                }
            }
            StringWriter text = new StringWriter();
            PrintWriter to = output == null ? out : new PrintWriter(text);
            boolean complete = java.util.Arrays.stream(results).allMatch(java.util.Objects::nonNull);
            if (complete) {
                report.campaign(to, campaign.result(results), campaign, population);
            } else {
                report.partial(to, results, ps, check, campaign, population);
            }
            to.flush();
            if (output != null) {
                OutputFiles.write(output, text.toString());
            }
            out.flush();
            return complete ? 0 : INTERRUPTED;
        }
    }

    private PatternSet patternSet(int logicalInputs, boolean sequential) {
        if (!exhaustive) {
            return PatternSet.choose(logicalInputs, sequential, patterns, run.seed, cycles);
        }
        if (sequential) {
            throw new UserException("--exhaustive enumerates inputs of a combinational circuit; a sequential one runs random sequences");
        }
        if (logicalInputs > EXHAUSTIVE_LIMIT) {
            throw new UserException("--exhaustive: " + logicalInputs + " inputs make 2^" + logicalInputs + " patterns, beyond the "
                    + "limit of 2^" + EXHAUSTIVE_LIMIT + "; use random patterns instead (leave out --exhaustive, set --patterns N)");
        }
        return new PatternSet(true, 1L << logicalInputs, run.seed, 1);
    }

    private void validate() {
        if (patterns < 1 || cycles < 1 || trials < 1 || sets < 1 || multi < 1) {
            throw new UserException("--patterns, --cycles, --trials, --sets and --multi must be at least 1");
        }
        if (!List.of("stuck-at", "flip", "seu").contains(faults)) {
            throw new UserException("--faults must be stuck-at, flip or seu, not '" + faults + "'");
        }
        if (!List.of("adjacent", "random").contains(spread)) {
            throw new UserException("--spread must be adjacent or random, not '" + spread + "'");
        }
        if (collapsed && !faults.equals("stuck-at")) {
            throw new UserException("--collapsed applies to stuck-at faults only");
        }
        if (multi > 1 && faults.equals("stuck-at")) {
            throw new UserException("--multi applies to --faults flip or seu");
        }
        if (margin != null && !(margin > 0 && margin < 1) || !(confidence > 0 && confidence < 1)) {
            throw new UserException("--margin and --confidence must lie strictly between 0 and 1");
        }
        if (montecarlo != null && !(montecarlo >= 0 && montecarlo <= 1)) {
            throw new UserException("--montecarlo takes a probability in [0, 1], got " + montecarlo);
        }
        if (prove && (montecarlo != null || resume != null || output != null || noDrop || exhaustive)) {
            throw new UserException("--prove decides every fault by SAT: it does not go with --montecarlo, --resume, -o, "
                    + "--no-drop or --exhaustive");
        }
        if (sample != null && sample < 1) {
            throw new UserException("--sample must be at least 1");
        }
    }

    private FlipCycle flipCycle() {
        if (cycle.equals("random")) {
            return FlipCycle.uniform(cycles);
        }
        try {
            int t = Integer.parseInt(cycle);
            if (t < 0) {
                throw new NumberFormatException();
            }
            return FlipCycle.at(t);
        } catch (NumberFormatException e) {
            throw new UserException("--cycle takes a clock cycle >= 0 or 'random', not '" + cycle + "'");
        }
    }

    private List<List<Fault>> faultSets(Netlist n) {
        if (faults.equals("stuck-at")) {
            List<Fault> list = collapsed ? FaultCollapsing.collapse(n).representatives() : FaultLists.allStuckAt(n);
            List<List<Fault>> sets = new ArrayList<>(list.size());
            for (Fault f : list) {
                sets.add(List.of(f));
            }
            return sets;
        }
        List<Site> sites = faults.equals("seu") ? FlipSites.registers(n) : FlipSites.nets(n);
        if (sites.isEmpty()) {
            throw new UserException("'" + n.name() + "' has no flip-flops for --faults seu");
        }
        if (multi > sites.size()) {
            throw new UserException("--multi " + multi + " exceeds the " + sites.size() + " sites");
        }
        FlipCycle when = flipCycle();
        List<List<Fault>> sets = multi == 1 ? FlipSites.single(sites, when, run.seed)
                : spread.equals("adjacent") ? FlipSites.adjacent(sites, multi, when, run.seed)
                : FlipSites.scattered(sites, multi, this.sets, when, run.seed);
        if (secondCycle != null) {
            List<List<Fault>> later = new ArrayList<>(sets.size());
            for (List<Fault> set : sets) {
                List<Fault> moved = new ArrayList<>(set.size());
                moved.add(set.get(0));
                for (int k = 1; k < set.size(); k++) {
                    moved.add(new BitFlip(set.get(k).site(), secondCycle, ((BitFlip) set.get(k)).lanes()));
                }
                later.add(List.copyOf(moved));
            }
            sets = later;
        }
        return sets;
    }

    private String describePopulation(int size) {
        switch (faults) {
            case "stuck-at":
                return (collapsed ? "collapsed single stuck-at faults (one per equivalence class): "
                        : "every single stuck-at fault on stems and fanout branches: ") + size;
            default:
                String what = faults.equals("seu") ? "flip-flop upsets" : "transient flips on nets";
                String at = cycle.equals("random") ? "in a random cycle" : "in cycle " + cycle;
                String k = multi == 1 ? "single " : multi + "-site (" + spread + ") ";
                String second = secondCycle != null && multi > 1 ? ", later sites in cycle " + secondCycle : "";
                return k + what + " " + at + second + ": " + size + " sets";
        }
    }
}
