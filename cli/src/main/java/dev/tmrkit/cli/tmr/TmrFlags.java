package dev.tmrkit.cli.tmr;

import dev.tmrkit.circuits.tmr.TmrOptions;
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
}
