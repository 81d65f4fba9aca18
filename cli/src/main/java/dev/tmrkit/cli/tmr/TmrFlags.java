package dev.tmrkit.cli.tmr;

import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.Netlist;
import picocli.CommandLine.Option;

/** The TMR pass's options of {@code tmr} and {@code inject --tmr}: {@link TmrPassFlags} and the input mode. */
public final class TmrFlags extends TmrPassFlags {
    @Option(names = "--inputs", defaultValue = "shared", paramLabel = "shared|triplicated", converter = TmrPassFlags.InputConverter.class,
            description = "Replicas share the primary inputs, or each input x becomes $tmr$A$x, $tmr$B$x, $tmr$C$x "
                    + "(default: ${DEFAULT-VALUE}).")
    public TmrOptions.InputMode inputs;

    public TmrOptions options(TmrOptions.VoterMode voters) {
        return options(voters, inputs);
    }

    /**
     * {@code n} after the TMR pass with {@code voters} (null: {@code n} itself), once {@link #check} found that every
     * option takes effect; {@code singleVoters} names the single-voter option as the command spells it.
     */
    public Netlist applyTo(Netlist n, TmrOptions.VoterMode voters, String singleVoters) {
        if (voters == null) {
            return n;
        }
        check(options(voters), n, singleVoters);
        return new TmrPass(options(voters)).apply(n);
    }
}
