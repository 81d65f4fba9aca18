package dev.tmrkit.cli.tmr;

import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.gates.Netlist;

/** TMR options that could not take effect on a circuit are refused, saying why, instead of being ignored. */
public final class TmrOptionChecks {
    private TmrOptionChecks() {
    }

    /** @throws UserException for options that could not take effect on {@code circuit} */
    public static void check(TmrOptions o, Netlist circuit) {
        check(o, circuit, "--voters single");
    }

    /** As {@link #check(TmrOptions, Netlist)}, naming the single-voter option as the command spells it. */
    public static void check(TmrOptions o, Netlist circuit, String singleVoters) {
        if (o.scope() == TmrOptions.Scope.OUTPUTS && o.voters() == TmrOptions.VoterMode.SINGLE
                && o.outputs() == TmrOptions.OutputMode.REDUCED && o.vote().isEmpty() && o.voteRegisters().isEmpty()) {
            throw new UserException(singleVoters + " has no effect with --scope outputs and --outputs reduced: the only"
                    + " voters are the reduction voters, one per output either way, so the netlist would be identical to"
                    + " triplicated voters; use --scope gates or registers (voters inside the logic), or --outputs"
                    + " triplicated (one shared voter instead of three per output), or choose nets to vote (--vote,"
                    + " --vote-registers)");
        }
        if (o.scope() == TmrOptions.Scope.REGISTERS && !circuit.isSequential()) {
            throw new UserException("--scope registers: " + circuit.name() + " has no flip-flops, so there is no register"
                    + " to vote and the result would be that of --scope outputs; use --scope outputs or --scope gates");
        }
    }
}
