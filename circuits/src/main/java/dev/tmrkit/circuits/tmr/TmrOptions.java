package dev.tmrkit.circuits.tmr;

import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How {@link TmrPass} triplicates a netlist. Start from {@link #defaults()} and change one thing at a time
 * with the withers:
 * <pre>
 * TmrOptions.defaults().withScope(Scope.GATES).withVoters(VoterMode.SINGLE).withMismatch(true)
 * </pre>
 *
 * @param scope    where voters go inside the replicated logic
 * @param voters   one voter per voted net, or one per replica
 * @param inputs   whether the replicas share the primary inputs or each gets its own copy
 * @param outputs  one reduced output per original output, or three copies of each
 * @param mismatch append an output {@code $tmr$mismatch} that is 1 when the replicas disagree at a voted net
 * @param exclude  names of nets (primary inputs or gate outputs) that stay single, not triplicated; kept sorted
 */
public record TmrOptions(Scope scope, VoterMode voters, InputMode inputs, OutputMode outputs, boolean mismatch,
                         Set<String> exclude) {

    /** Where the replicated logic is voted. */
    public enum Scope {
        /** Triplicate the whole circuit and vote only at the primary outputs. */
        OUTPUTS,
        /** Fine grained: a voter after every gate (flip-flops included, constants not); each replica reads its voted value. */
        GATES,
        /** Vote each flip-flop's next state, so an upset replica is scrubbed at the next clock; and the outputs. */
        REGISTERS;

        /** The lower-case name used on the command line and in reports. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How many voters a voted net gets. */
    public enum VoterMode {
        /** One voter per voted net, read by all three replicas: a single point of failure. */
        SINGLE,
        /** Three voters per voted net; replica X reads voter X ("3 logic gates and 3 majority gates"). */
        TRIPLICATED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where the replicas' inputs come from. */
    public enum InputMode {
        /** All replicas read the original primary input nets. */
        SHARED,
        /** Each primary input {@code x} becomes three inputs {@code $tmr$A$x, $tmr$B$x, $tmr$C$x}, in place. */
        TRIPLICATED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What the TMR netlist offers at its outputs. */
    public enum OutputMode {
        /** A reduction voter per primary output drives the original output net: the interface is unchanged. */
        REDUCED,
        /** Each primary output appears three times, consecutively (replica A, B, C), for a downstream TMR stage. */
        TRIPLICATED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public TmrOptions {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(voters, "voters");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(outputs, "outputs");
        exclude = Collections.unmodifiableSortedSet(new TreeSet<>(exclude));
    }

    /**
     * Scope outputs, triplicated voters, shared inputs, reduced outputs, no mismatch output, nothing
     * excluded: a drop-in replacement with the original's inputs and outputs.
     */
    public static TmrOptions defaults() {
        return new TmrOptions(Scope.OUTPUTS, VoterMode.TRIPLICATED, InputMode.SHARED, OutputMode.REDUCED, false, Set.of());
    }

    public TmrOptions withScope(Scope scope) {
        return new TmrOptions(scope, voters, inputs, outputs, mismatch, exclude);
    }

    public TmrOptions withVoters(VoterMode voters) {
        return new TmrOptions(scope, voters, inputs, outputs, mismatch, exclude);
    }

    public TmrOptions withInputs(InputMode inputs) {
        return new TmrOptions(scope, voters, inputs, outputs, mismatch, exclude);
    }

    public TmrOptions withOutputs(OutputMode outputs) {
        return new TmrOptions(scope, voters, inputs, outputs, mismatch, exclude);
    }

    public TmrOptions withMismatch(boolean mismatch) {
        return new TmrOptions(scope, voters, inputs, outputs, mismatch, exclude);
    }

    public TmrOptions withExclude(Set<String> exclude) {
        return new TmrOptions(scope, voters, inputs, outputs, mismatch, exclude);
    }

    /** One line, as the command line would spell it: {@code --scope outputs --voters triplicated ...}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("--scope ").append(scope.label())
                .append(" --voters ").append(voters.label())
                .append(" --inputs ").append(inputs.label())
                .append(" --outputs ").append(outputs.label());
        if (mismatch) {
            sb.append(" --mismatch");
        }
        if (!exclude.isEmpty()) {
            sb.append(" --exclude ").append(String.join(",", exclude));
        }
        return sb.toString();
    }
}
