package dev.tmrkit.cli.campaign;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.CampaignSpec.FaultModel;
import dev.tmrkit.circuits.campaign.CampaignSpec.Spread;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.tmr.TmrPassFlags;
import java.util.List;
import picocli.CommandLine.ParseResult;

/**
 * The option combinations of {@code tmrkit inject} that could not take effect, refused with the reason
 * before any work (an option that cannot take effect is refused, never ignored). Each rule names the
 * options it refuses only when the user gave them: defaults never trip a rule.
 */
final class InjectOptionChecks {
    /** Options that shape a fault-set campaign, which a Monte Carlo run does not do. */
    private static final List<String> CAMPAIGN = List.of("--faults", "--collapsed", "--cycle", "--multi", "--spread",
            "--sets", "--second-cycle", "--sample", "--margin", "--patterns", "--cycles", "--exhaustive", "--no-drop",
            "--per-fault", "--resume", "--adjacency");

    private InjectOptionChecks() {
    }

    /** The checks that need only the command line. */
    static void beforeRun(InjectCommand c) {
        ParseResult parsed = c.spec.commandLine().getParseResult();
        TmrPassFlags.refuseWithoutPass(parsed, c.spec, "tmr", "--tmr");
        if (c.tmrVoters != null && c.triplicatedOutputs && c.tmr.outputs == dev.tmrkit.circuits.tmr.TmrOptions.OutputMode.REDUCED) {
            throw new UserException("--triplicated-outputs: --tmr with --outputs reduced gives one output per original "
                    + "output, not groups of three; give --outputs triplicated (which judges 2-of-3 by itself)");
        }
        if (c.montecarlo.given()) {
            refuse(parsed, CAMPAIGN, "--montecarlo draws independent gate failures in random trials; it does not run a "
                    + "fault-set campaign, so %s cannot take effect");
        } else {
            refuse(parsed, List.of("--trials"), "%s counts Monte Carlo trials: it takes effect only with --montecarlo P");
        }
        if (!c.prove.requested()) {
            refuse(parsed, List.of("--prove-limit"), "%s is the SAT time limit of --prove: give --prove too");
            refuse(parsed, List.of("--depth"), "%s is the bounded depth of --prove on circuits with flip-flops: give --prove too");
        } else {
            refuse(parsed, List.of("--patterns", "--cycles", "--exhaustive", "--no-drop"),
                    "--prove decides every fault for all inputs by SAT: %s cannot take effect");
            if (parsed.hasMatchedOption("--confidence") && !parsed.hasMatchedOption("--margin")) {
                throw new UserException("--prove decides every fault, so it prints no interval: --confidence takes effect "
                        + "only with --margin (the sample size)");
            }
        }
        FaultModel faults = c.campaign.faults;
        if (faults == FaultModel.STUCK_AT) {
            refuse(parsed, List.of("--cycle", "--spread", "--sets", "--second-cycle", "--adjacency"),
                    "stuck-at faults are permanent, present from reset in every cycle and struck one at a time: %s "
                            + "cannot take effect; use --faults flip or seu");
        } else if (c.campaign.multi < 2) {
            refuse(parsed, List.of("--spread", "--sets", "--adjacency"),
                    "%s shapes multiple-bit upsets: it takes effect only with --multi K of at least 2");
        } else if (c.campaign.spread == Spread.ADJACENT) {
            refuse(parsed, List.of("--sets"), "%s counts random upset sets: it takes effect only with --spread random");
        } else {
            refuse(parsed, List.of("--adjacency"), "%s says which sites are neighbours: it takes effect only with "
                    + "--spread adjacent");
        }
        if (c.perFault && c.format.get() == Format.csv) {
            throw new UserException("--per-fault: CSV always lists every fault");
        }
    }

    /** The checks that need the planned campaign: patterns the circuit makes moot. */
    static void onPlan(InjectCommand c, CampaignPlan plan) {
        ParseResult parsed = c.spec.commandLine().getParseResult();
        if (!plan.netlist().isSequential() && parsed.hasMatchedOption("--cycles")) {
            throw new UserException("--cycles: '" + plan.netlist().name() + "' has no flip-flops, so it is evaluated in one "
                    + "cycle and --cycles cannot take effect");
        }
        if (plan.patterns().exhaustive() && !plan.spec().exhaustive() && parsed.hasMatchedOption("--patterns")) {
            throw new UserException("--patterns: '" + plan.netlist().name() + "' has " + plan.judging().ties().logicalInputs()
                    + " inputs, so every input combination is enumerated and --patterns cannot take effect");
        }
    }

    /** Refuses the first of {@code names} that was given, with {@code why} ({@code %s} stands for the option). */
    static void refuse(ParseResult parsed, List<String> names, String why) {
        for (String name : names) {
            if (parsed.hasMatchedOption(name)) {
                throw new UserException(String.format(why, name));
            }
        }
    }
}
