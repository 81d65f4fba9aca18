package dev.tmrkit.cli.campaign;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.sat.parallel.ParallelFaultProofs;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.cli.options.ReadOptions;
import dev.tmrkit.cli.prove.InjectProof;
import dev.tmrkit.cli.options.RunOptions;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.FormatOption;
import dev.tmrkit.cli.output.Interruption;
import dev.tmrkit.cli.output.OutputFiles;
import dev.tmrkit.cli.output.Progress;
import dev.tmrkit.cli.output.ProgressOption;
import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.shard.CampaignEngine;
import dev.tmrkit.cli.shard.CampaignJob;
import dev.tmrkit.cli.shard.JobArgs;
import dev.tmrkit.cli.shard.JobCache;
import dev.tmrkit.cli.shard.ShardOption;
import dev.tmrkit.cli.tmr.TmrFlags;
import dev.tmrkit.gates.Netlist;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CancellationException;
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

    @Mixin MonteCarloOption montecarlo;

    @Mixin GivenVectors vectors;

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

    @Mixin ProgressOption progress;
    @Mixin ShardOption shard;
    @Mixin InjectProof prove;
    @Mixin ReadOptions read;
    @Spec CommandSpec spec;

    private CampaignEngine engine = CampaignEngine.LOCAL;

    /** Supplies the results by another engine than this JVM's threads (merge of parts, a cluster). */
    @Override
    public void use(CampaignEngine engine) {
        this.engine = Objects.requireNonNull(engine);
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
        montecarlo.validate();
        InjectOptionChecks.beforeRun(this);
        vectors.refuseOthers(spec.commandLine().getParseResult());
        shard.refuse(resume != null, montecarlo.given());
        prove.refuse(montecarlo.given() || resume != null || output != null || vectors.file != null || shard.given(),
                spec.commandLine().getParseResult().hasMatchedOption("--faults"));
        if (prove.listsFaults() && (montecarlo.given() || campaign.sample != null || campaign.margin != null || campaign.multi != 1)) {
            throw new UserException("--fault-list gives the fault sets, one single fault each: it does not go with "
                    + "--montecarlo, --sample, --margin or --multi");
        }
        OutputFiles.checkWritable(output);
        PrintWriter out = spec.commandLine().getOut();
        if (montecarlo.given() || prove.requested()) {
            return sampleOrProve(interruption, out);
        }
        CampaignJob job = JobCache.job(spec.commandLine().getParseResult(), () -> {
            Netlist loaded = load();
            engine.prepare(); // the circuit reads: a cluster may start while the campaign is planned
            CampaignPlan planned = prove.listed(plan(loaded));
            return new CampaignJob(planned, planned.campaign(), JobArgs.of(spec.commandLine().getParseResult()));
        });
        CampaignPlan plan = job.plan();
        Netlist n = job.netlist();
        FaultResult[] results;
        try (Progress bar = progress.open(spec.commandLine().getErr(), "inject " + n.name())) {
            results = CampaignRun.results(job, resume, shard, engine, run.threads(), bar, interruption::requested);
        }
        StringWriter text = new StringWriter();
        PrintWriter to = output == null ? out : new PrintWriter(text);
        boolean complete = shard.complete(results);
        if (complete && shard.given()) {
            shard.writePart(to, job, results);
        } else {
            new InjectReport(plan, format.get(), perFault).write(to, results, job.campaign());
            FirstRun.explainIf(complete && circuit == null && format.get() == Format.table, to);
        }
        to.flush();
        if (output != null) {
            OutputFiles.write(output, text.toString());
        }
        out.flush();
        return complete ? 0 : INTERRUPTED;
    }

    /** The circuit, transformed as the TMR options ask. */
    private Netlist load() {
        return tmr.applyTo(read.load(circuit == null ? DEFAULT_CIRCUIT : circuit), tmrVoters, "--tmr single");
    }

    private OutputCheck check(Netlist n) {
        boolean triplicated = triplicatedOutputs || circuit == null || tmrVoters != null && tmr.outputs == TmrOptions.OutputMode.TRIPLICATED;
        return triplicated ? OutputCheck.TRIPLICATED : OutputCheck.EXACT;
    }

    /** The campaign's plan, checked against the options and with the user's vectors. */
    private CampaignPlan plan(Netlist n) {
        CampaignPlan plan = CampaignPlan.of(n, campaign.spec(check(n)), run.seed);
        InjectOptionChecks.onPlan(this, plan);
        return vectors.apply(plan);
    }

    /** --montecarlo (sampled fault sets) or --prove (every fault decided by SAT). */
    private int sampleOrProve(Interruption interruption, PrintWriter out) {
        Netlist n = load();
        if (montecarlo.given()) {
            interruption.close(); // a Monte Carlo run is not resumable: Ctrl-C simply ends it
            return montecarlo.run(n, CampaignPlan.Judging.of(n, check(n)), run.seed, run.threads(), campaign.confidence(), progress,
                    output, out, spec.commandLine().getErr(), format.get());
        }
        CampaignPlan plan = plan(n);
        try (Progress bar = progress.open(spec.commandLine().getErr(), "inject --prove " + n.name())) {
            return prove.run(out, plan, format.get(), perFault, new ParallelFaultProofs.Run(run.threads(), bar, interruption::requested));
        } catch (CancellationException e) {
            spec.commandLine().getErr().println("tmrkit inject: interrupted: a proof run is not resumable, nothing is reported");
            return INTERRUPTED;
        }
    }
}
