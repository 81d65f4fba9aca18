package dev.tmrkit.cli.tmr;

import dev.tmrkit.circuits.tmr.TmrOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The TMR pass's options shared by {@code tmr}, {@code inject --tmr} and {@code render --tmr}; the voter mode
 * is each command's own. The input mode ({@code --inputs}) is in the subclass {@link TmrFlags}, because
 * {@code render} spells {@code --inputs} its own way (it also takes an input vector there).
 */
public class TmrPassFlags {
    @Option(names = "--scope", defaultValue = "outputs", paramLabel = "outputs|gates|registers", converter = ScopeConverter.class,
            description = "Where to vote: outputs (triplicate everything, vote at the outputs), gates (a voter after every "
                    + "gate), registers (vote every flip-flop's next state, so an upset replica is scrubbed at the next "
                    + "clock; and the outputs) (default: ${DEFAULT-VALUE}).")
    public TmrOptions.Scope scope;

    @Option(names = "--outputs", defaultValue = "reduced", paramLabel = "reduced|triplicated", converter = OutputConverter.class,
            description = "A reduction voter drives each original output, or each output appears three times in a row "
                    + "(replicas A, B, C) for a downstream TMR stage (default: ${DEFAULT-VALUE}).")
    public TmrOptions.OutputMode outputs;

    @Option(names = "--mismatch",
            description = "Append an output $tmr$mismatch that is 1 when the replicas disagree at any voter.")
    public boolean mismatch;

    @Option(names = "--exclude", split = ",", paramLabel = "NAME|GLOB", description = "Nets (gates by their output, or inputs) to "
            + "keep single, by name or glob (* any run, ? one character; a module of a flattened design by its path, "
            + "'u_alu.*'); an excluded gate reads the majority of each replicated input.")
    public List<String> exclude = new ArrayList<>();

    @Option(names = "--vote", split = ",", paramLabel = "NAME|GLOB", description = "Also vote these nets (a register by its "
            + "output, a chosen net): the replicas read the voted value. By name or glob, as --exclude.")
    public List<String> vote = new ArrayList<>();

    @Option(names = "--vote-registers", split = ",", paramLabel = "NAME|GLOB", description = "A voter after each flip-flop "
            + "whose output matches, whatever --scope: the replicas read its voted value. Unlike --vote, a glob skips "
            + "the nets that are not flip-flop outputs ('u_fsm.*' votes the registers of u_fsm, --vote 'u_fsm.*' every "
            + "net in it); a name that is not a flip-flop's output is refused. For one register --vote NAME does the same.")
    public List<String> voteRegisters = new ArrayList<>();

    @Option(names = "--registers", defaultValue = "before", paramLabel = "before|after", converter = RegisterConverter.class,
            description = "With --scope registers: voters before every flip-flop (its next state: an upset replica is scrubbed "
                    + "at the next clock) or after it (the replicas read the voted stored value) (default: ${DEFAULT-VALUE}).")
    public TmrOptions.RegisterVoting registers;

    @Option(names = "--tmr-rules", paramLabel = "FILE", description = "Constraints file of the TMR pass: lines 'exclude "
            + "PATTERN...', 'vote PATTERN...', 'registers before|after' (# comments), added to the options above.")
    public java.nio.file.Path rulesFile;

    private dev.tmrkit.circuits.tmr.TmrRules rules;

    /**
     * Refuses any option of the TMR mixin named {@code mixin} given without {@code passOption} (such as
     * {@code --tmr}): without the pass it could not take effect.
     */
    public static void refuseWithoutPass(CommandLine.ParseResult parsed, CommandLine.Model.CommandSpec spec, String mixin,
                                         String passOption) {
        if (parsed.hasMatchedOption(passOption)) {
            return;
        }
        for (CommandLine.Model.OptionSpec o : spec.mixins().get(mixin).options()) {
            if (parsed.hasMatchedOption(o)) {
                throw new dev.tmrkit.cli.options.UserException(o.longestName() + " is an option of the TMR pass: it takes "
                        + "effect only with " + passOption);
            }
        }
    }

    public TmrOptions options(TmrOptions.VoterMode voters, TmrOptions.InputMode inputs) {
        if (registers == TmrOptions.RegisterVoting.AFTER && scope != TmrOptions.Scope.REGISTERS) {
            throw new dev.tmrkit.cli.options.UserException("--registers after places the voters of --scope registers; with "
                    + "--scope " + scope.label() + " it cannot take effect");
        }
        TmrOptions o = new TmrOptions(scope, voters, inputs, outputs, mismatch, new TreeSet<>(exclude), new TreeSet<>(vote),
                registers, new TreeSet<>(voteRegisters));
        dev.tmrkit.circuits.tmr.TmrRules r = rules();
        try {
            return r == null ? o : r.applyTo(o);
        } catch (IllegalArgumentException e) {
            throw new dev.tmrkit.cli.options.UserException(rulesFile + ": " + e.getMessage(), e);
        }
    }

    /** The constraints file, read once; null without --tmr-rules. */
    private dev.tmrkit.circuits.tmr.TmrRules rules() {
        if (rulesFile == null || rules != null) {
            return rules;
        }
        dev.tmrkit.cli.options.InputFiles.add(rulesFile);
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(rulesFile, java.nio.charset.StandardCharsets.UTF_8)) {
            rules = dev.tmrkit.circuits.io.TmrRulesReader.read(rulesFile.toString(), in);
            return rules;
        } catch (java.io.IOException e) {
            throw new dev.tmrkit.cli.options.UserException("cannot read TMR rules '" + rulesFile + "': " + e.getMessage(), e);
        }
    }

    /**
     * Refuses what could not take effect on {@code circuit} ({@link TmrOptionChecks}; a pattern of the rules file
     * that matches no net, at its position), naming the single-voter option as the command spells it.
     */
    public void check(TmrOptions o, dev.tmrkit.gates.Netlist circuit, String singleVoters) {
        dev.tmrkit.circuits.tmr.TmrRules r = rules();
        if (r != null) {
            try {
                r.check(circuit);
            } catch (IllegalArgumentException e) {
                throw new dev.tmrkit.cli.options.UserException(e.getMessage(), e);
            }
        }
        TmrOptionChecks.check(o, circuit, singleVoters);
    }

    /** Converts a lower-case option value to an enum constant; anything else is a usage error naming the choices. */
    public abstract static class LabelConverter<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
        private final Class<E> type;

        LabelConverter(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(String value) {
            Set<String> labels = new TreeSet<>();
            for (E e : type.getEnumConstants()) {
                String label = e.name().toLowerCase(Locale.ROOT);
                if (label.equals(value.toLowerCase(Locale.ROOT))) {
                    return e;
                }
                labels.add(label);
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not one of " + String.join(", ", labels));
        }
    }

    public static final class ScopeConverter extends LabelConverter<TmrOptions.Scope> {
        ScopeConverter() {
            super(TmrOptions.Scope.class);
        }
    }

    public static final class VoterConverter extends LabelConverter<TmrOptions.VoterMode> {
        VoterConverter() {
            super(TmrOptions.VoterMode.class);
        }
    }

    public static final class InputConverter extends LabelConverter<TmrOptions.InputMode> {
        InputConverter() {
            super(TmrOptions.InputMode.class);
        }
    }

    public static final class RegisterConverter extends LabelConverter<TmrOptions.RegisterVoting> {
        RegisterConverter() {
            super(TmrOptions.RegisterVoting.class);
        }
    }

    public static final class OutputConverter extends LabelConverter<TmrOptions.OutputMode> {
        OutputConverter() {
            super(TmrOptions.OutputMode.class);
        }
    }
}
