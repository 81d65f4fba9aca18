package dev.tmrkit.cli.campaign;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.engine.MonteCarlo;
import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.cli.options.ReadOptions;
import dev.tmrkit.cli.options.RunOptions;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.FormatOption;
import dev.tmrkit.cli.output.Interruption;
import dev.tmrkit.cli.output.OutputFiles;
import dev.tmrkit.cli.output.Progress;
import dev.tmrkit.cli.shard.CampaignEngine;
import dev.tmrkit.cli.shard.CampaignJob;
import dev.tmrkit.cli.shard.JobArgs;
import dev.tmrkit.cli.shard.Part;
import dev.tmrkit.cli.shard.Shard;
import dev.tmrkit.cli.tmr.TmrFlags;
import dev.tmrkit.gates.Netlist;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tmrkit inject}: fault-injection campaigns, planned by {@link CampaignPlan}. */
@Command(name = "inject", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Inject faults one fault set at a time and report, per fault, whether the outputs stayed correct "
                + "(masked), went wrong but the mismatch output flagged it (detected), or went wrong unflagged (silent).",
            "Without a CIRCUIT it runs the built-in example 'tmr-gate' (three copies of an AND gate with three "
                + "majority voters) with --triplicated-outputs: every single stuck-at fault over all input combinations.",
            "Inputs are enumerated exhaustively for combinational circuits with up to 20 inputs, else --patterns random "
                + "patterns (sequential: random input sequences of --cycles cycles from reset) drawn from --seed.",
            "With --tmr the TMR pass is applied first; the report then groups the faults by where they sit (shared "
                + "input, replica, voter, reduction voter, mismatch detector), so single points of failure stand out."})
public final class InjectCommand implements Callable<Integer>, CampaignEngine.Slot {
    static final String DEFAULT_CIRCUIT = "tmr-gate";
    /** Exit status of a run stopped by Ctrl-C, as shells report it. */
    static final int INTERRUPTED = 130;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CIRCUIT", description = "A netlist file (.bench, .blif, .aag, "
            + ".aig, Yosys .json) or a built-in circuit name (default: " + DEFAULT_CIRCUIT + ").")
    String circuit;

    @Option(names = "--tmr", paramLabel = "single|triplicated", converter = TmrFlags.VoterConverter.class,
            description = "Apply the TMR pass first, with single or triplicated voters (see also --scope, --inputs, "
                    + "--outputs, --mismatch, --exclude).")
    TmrOptions.VoterMode tmrVoters;
    @Mixin TmrFlags tmr;
    @Mixin CampaignOptions campaign;

    @Option(names = "--montecarlo", paramLabel = "P", description = "Monte Carlo multi-fault instead: every gate fails "
            + "(output inverted) independently with probability P in each of --trials trials on random inputs.")
    Double montecarlo;

    @Option(names = "--vectors", paramLabel = "FILE", description = "Combinational circuits: simulate exactly these input "
            + "vectors, in order (the format of eval --vectors: one line of 0/1 per pattern), instead of exhaustive or random "
            + "patterns; so other fault simulators can be compared on the very same patterns.")
    Path vectors;

    @Option(names = "--trials", defaultValue = "100000", paramLabel = "N", description = "Monte Carlo trials (default: ${DEFAULT-VALUE}).")
    long trials;
    @Mixin RunOptions run;

    @Option(names = "--triplicated-outputs", description = "Outputs come in groups of three copies; a group is right when two "
            + "of its copies are (automatic with --tmr ... --outputs triplicated).")
    boolean triplicatedOutputs;

    @Option(names = "--per-fault", description = "List every fault (automatic in a table for up to " + InjectReport.PER_FAULT_AUTO_LIMIT + " faults).")
    boolean perFault;
    @Mixin FormatOption.TableCsvJson format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of "
            + "standard output. Interrupted (Ctrl-C), the report holds the results so far, marked partial; as JSON it can be resumed.")
    Path output;

    @Option(names = "--resume", paramLabel = "FILE", description = "Continue an interrupted run from its partial JSON report "
            + "(same circuit and options); the final report equals an uninterrupted run's.")
    Path resume;

    @Option(names = "--progress", description = "Report progress on stderr even when it is not a terminal (plain lines, "
            + "at most one a second); on a terminal a bar is drawn anyway.")
    boolean progress;
    @Option(names = "--shard", paramLabel = "K/N", converter = Shard.Converter.class,
            description = "Run only the K-th of N slices of the fault sets (fault set k when k mod N = K-1) and write a part "
                    + "(JSON, to -o FILE) for 'tmrkit merge', which checks and joins the parts into this run's report.")
    Shard shard;
    @Option(names = "--prove", description = "Decide every single stuck-at fault for ALL inputs (combinational): masked "
            + "(proven), or detected/silent with a witness input vector, or unknown at --prove-limit; SAT instead of sampling.")
    boolean prove;

    @Option(names = "--prove-limit", defaultValue = "10", paramLabel = "SECONDS",
            description = "With --prove: SAT time limit per fault (default: ${DEFAULT-VALUE}).")
    int proveLimit;
    @Mixin ReadOptions read;
    @Spec CommandSpec spec;

    private CampaignEngine engine = CampaignEngine.LOCAL;

    /** Supplies the results by another engine than this JVM's threads (merge of parts, a cluster). */
    @Override
    public void use(CampaignEngine engine) {
        this.engine = java.util.Objects.requireNonNull(engine);
    }

    @Override
    public Integer call() {
        // listen for Ctrl-C from the start, so an interruption while loading still ends in a clean (empty) partial report
        try (Interruption interruption = Interruption.install()) {
            return inject(interruption);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    private int inject(Interruption interruption) {
        if (trials < 1 || montecarlo != null && !(montecarlo >= 0 && montecarlo <= 1)) {
            throw new UserException("--trials must be at least 1 and --montecarlo a probability in [0, 1]");
        }
        if (vectors != null) {
            GivenVectors.refuseOthers(spec.commandLine().getParseResult());
        }
        if (shard != null && (resume != null || montecarlo != null)) {
            throw new UserException("--shard runs a slice of a fault-injection campaign; it cannot be combined with "
                    + (resume != null ? "--resume (run the shard again)" : "--montecarlo"));
        }
        if (prove && (montecarlo != null || resume != null || output != null || vectors != null || shard != null)) {
            throw new UserException("--prove decides every fault by SAT for all inputs: it does not go with --montecarlo, "
                    + "--resume, -o, --vectors or --shard");
        }
        OutputFiles.checkWritable(output);
        Netlist n = read.load(circuit == null ? DEFAULT_CIRCUIT : circuit);
        n = tmrVoters == null ? n : new TmrPass(tmr.options(tmrVoters)).apply(n);
        boolean triplicated = triplicatedOutputs || circuit == null || tmrVoters != null && tmr.outputs == TmrOptions.OutputMode.TRIPLICATED;
        OutputCheck check = triplicated ? OutputCheck.TRIPLICATED : OutputCheck.EXACT;
        PrintWriter out = spec.commandLine().getOut();
        if (montecarlo != null) {
            return monteCarlo(n, CampaignPlan.Judging.of(n, check), interruption, out);
        }
        CampaignPlan plan = CampaignPlan.of(n, campaign.spec(check), run.seed);
        if (vectors != null) {
            plan = plan.withPatterns(GivenVectors.read(vectors, plan.judging().ties().logicalInputs(), n.isSequential(), run.seed));
        }
        if (prove) {
            return dev.tmrkit.cli.prove.InjectProof.run(out, plan, proveLimit, format.get(), perFault);
        }
        FaultSetCampaign c = plan.campaign();
        FaultResult[] results = resume == null ? new FaultResult[plan.faultSets().size()]
                : CheckpointFile.restore(resume, plan, c);
        BitSet todo = new BitSet();
        for (int k = 0; k < results.length; k++) {
            todo.set(k, results[k] == null);
        }
        CampaignJob job = new CampaignJob(n, c, plan.faultSets(), java.util.Map.of("spec", plan.spec(), "seed", run.seed,
                "check", check), JobArgs.of(spec.commandLine().getParseResult()));
        if (shard != null) {
            shard.restrict(todo);
        }
        try (Progress bar = Progress.onTerminal(spec.commandLine().getErr(), "inject " + n.name(), progress)) {
            FaultResult[] fresh = engine.run(job, todo, run.threads(), bar, interruption::requested);
            for (int k = 0; k < fresh.length; k++) {
                results[k] = fresh[k] != null ? fresh[k] : results[k];
            }
        }
        StringWriter text = new StringWriter();
        PrintWriter to = output == null ? out : new PrintWriter(text);
        boolean complete = shard != null ? todo.stream().allMatch(k -> results[k] != null)
                : java.util.Arrays.stream(results).allMatch(java.util.Objects::nonNull);
        if (complete && shard != null) {
            to.println(dev.tmrkit.cli.output.Json.write(Part.of(shard, job, results).toJson()));
        } else {
            new InjectReport(plan, format.get(), perFault).write(to, results, c);
        }
        to.flush();
        if (output != null) {
            OutputFiles.write(output, text.toString());
        }
        out.flush();
        return complete ? 0 : INTERRUPTED;
    }

    private int monteCarlo(Netlist n, CampaignPlan.Judging judging, Interruption interruption, PrintWriter out) {
        interruption.close(); // a Monte Carlo run is not resumable: Ctrl-C simply ends it
        if (n.isSequential()) {
            throw new UserException("--montecarlo needs a combinational circuit; '" + n.name() + "' has flip-flops");
        }
        MonteCarlo mc = new MonteCarlo(n, judging.check(), g -> true, judging.mismatchOutput(), judging.ties());
        MonteCarlo.Result r;
        try (Progress bar = Progress.onTerminal(spec.commandLine().getErr(), "montecarlo " + n.name())) {
            r = mc.run(montecarlo, trials, run.seed, run.threads(), bar);
        }
        InjectReport.monteCarlo(out, format.get(), n, r, mc.eligibleGates(), judging.check());
        out.flush();
        return 0;
    }
}
