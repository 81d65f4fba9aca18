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
 * @param exclude  names or globs ({@link NetPattern}) of nets (primary inputs or gate outputs) that stay single,
 *                 not triplicated; kept sorted
 * @param vote     names or globs of nets voted in addition to what the scope votes: the replicas read the voted
 *                 value (a voter after a chosen register or on a chosen net); kept sorted
 * @param registers with scope registers: vote each flip-flop's next state (before it) or its output (after it)
 * @param voteRegisters names or globs matched against flip-flop outputs only: a voter after each flip-flop they
 *                 match, whatever the scope ({@code u_fsm.*} votes the registers of module instance {@code u_fsm},
 *                 where {@code vote} would vote every net in it); kept sorted
 */
public record TmrOptions(Scope scope, VoterMode voters, InputMode inputs, OutputMode outputs, boolean mismatch,
                         Set<String> exclude, Set<String> vote, RegisterVoting registers, Set<String> voteRegisters) {

    /** Where scope registers puts the voters of a flip-flop. */
    public enum RegisterVoting {
        /** On the D input: the replicas' next states are voted, so an upset replica is scrubbed at the next clock. */
        BEFORE,
        /** On the Q output: the replicas read the voted stored value, so an upset never leaves its flip-flop. */
        AFTER;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

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
        Objects.requireNonNull(registers, "registers");
        exclude = Collections.unmodifiableSortedSet(new TreeSet<>(exclude));
        vote = Collections.unmodifiableSortedSet(new TreeSet<>(vote));
        voteRegisters = Collections.unmodifiableSortedSet(new TreeSet<>(voteRegisters));
        if (registers == RegisterVoting.AFTER && scope != Scope.REGISTERS) {
            throw new IllegalArgumentException("voters after the flip-flops are a choice of scope registers; scope "
                    + scope.label() + " places its own");
        }
    }

    /** Without registers chosen for voters ({@link #voteRegisters()} empty). */
    public TmrOptions(Scope scope, VoterMode voters, InputMode inputs, OutputMode outputs, boolean mismatch,
                      Set<String> exclude, Set<String> vote, RegisterVoting registers) {
        this(scope, voters, inputs, outputs, mismatch, exclude, vote, registers, Set.of());
    }

    /** As the six-component form, with nothing voted in addition and register voters before the flip-flops. */
    public TmrOptions(Scope scope, VoterMode voters, InputMode inputs, OutputMode outputs, boolean mismatch, Set<String> exclude) {
        this(scope, voters, inputs, outputs, mismatch, exclude, Set.of(), RegisterVoting.BEFORE);
    }

    /**
     * Scope outputs, triplicated voters, shared inputs, reduced outputs, no mismatch output, nothing
     * excluded: a drop-in replacement with the original's inputs and outputs.
     */
    public static TmrOptions defaults() {
        return new TmrOptions(Scope.OUTPUTS, VoterMode.TRIPLICATED, InputMode.SHARED, OutputMode.REDUCED, false, Set.of());
    }

    public TmrOptions withScope(Scope scope) {
        return new TmrOptions(scope, voters, inputs, outputs, mismatch, exclude, vote, registers, voteRegisters);
    }

    public TmrOptions withVoters(VoterMode voters) {
        return new TmrOptions(scope, voters, inputs, outputs, mismatch, exclude, vote, registers, voteRegisters);
    }

    public TmrOptions withInputs(InputMode inputs) {
        return new TmrOptions(scope, voters, inputs, outputs, mismatch, exclude, vote, registers, voteRegisters);
    }

    public TmrOptions withOutputs(OutputMode outputs) {
        return new TmrOptions(scope, voters, inputs, outputs, mismatch, exclude, vote, registers, voteRegisters);
    }

    public TmrOptions withMismatch(boolean mismatch) {
        return new TmrOptions(scope, voters, inputs, outputs, mismatch, exclude, vote, registers, voteRegisters);
    }

    public TmrOptions withExclude(Set<String> exclude) {
        return new TmrOptions(scope, voters, inputs, outputs, mismatch, exclude, vote, registers, voteRegisters);
    }

    public TmrOptions withVote(Set<String> vote) {
        return new TmrOptions(scope, voters, inputs, outputs, mismatch, exclude, vote, registers, voteRegisters);
    }

    public TmrOptions withRegisters(RegisterVoting registers) {
        return new TmrOptions(scope, voters, inputs, outputs, mismatch, exclude, vote, registers, voteRegisters);
    }

    public TmrOptions withVoteRegisters(Set<String> voteRegisters) {
        return new TmrOptions(scope, voters, inputs, outputs, mismatch, exclude, vote, registers, voteRegisters);
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
        if (registers != RegisterVoting.BEFORE) {
            sb.append(" --registers ").append(registers.label());
        }
        if (!exclude.isEmpty()) {
            sb.append(" --exclude ").append(String.join(",", exclude));
        }
        if (!vote.isEmpty()) {
            sb.append(" --vote ").append(String.join(",", vote));
        }
        if (!voteRegisters.isEmpty()) {
            sb.append(" --vote-registers ").append(String.join(",", voteRegisters));
        }
        return sb.toString();
    }
}
