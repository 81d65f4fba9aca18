package dev.tmrkit.circuits.tmr;

import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.gates.Netlist;
import java.util.Objects;

/**
 * The TMR pass: triplicates a netlist and inserts majority voters as its {@link TmrOptions} say. The
 * original is not changed. Without faults the result computes the original's function at the original's
 * outputs (checked by {@link Equivalence}); generated nets are named by {@link TmrNames} and classified
 * by {@link TmrRoles}.
 *
 * <p>What each option builds (replicas A, B and C; {@code n} an original net):
 * <ul>
 *   <li>every original gate {@code n} becomes {@code $tmr$A$n}, {@code $tmr$B$n}, {@code $tmr$C$n}, unless
 *       excluded: then it stays one gate named {@code n}, read by all replicas, and reads the majority of
 *       each replicated input through a single voter (never just replica A, so an upstream fault in one
 *       replica cannot pass through it);</li>
 *   <li>a voted net gets three voters {@code $tmr$voteX$n} (replica X reads voter X) or one voter
 *       {@code $tmr$vote$n} read by all; which nets are voted depends on the scope (see
 *       {@link TmrOptions.Scope});</li>
 *   <li>reduced outputs: a reduction voter over {@code $tmr$A$y, $tmr$B$y, $tmr$C$y} drives the original
 *       output net {@code y}; triplicated outputs: output {@code y} becomes the three ports
 *       {@code $tmr$voteA$y, $tmr$voteB$y, $tmr$voteC$y} (single voters: {@code $tmr$vote$y} three times);</li>
 *   <li>an output or input that stays single appears once (reduced) or three times (triplicated outputs)
 *       under its own name.</li>
 * </ul>
 * A netlist that already has a net in the {@code $tmr$} namespace is refused, and so is an exclusion
 * naming no net: both with an {@link IllegalArgumentException}.
 */
public final class TmrPass {
    /** The pass's name. */
    public static final String NAME = "tmr";

    private final TmrOptions options;

    public TmrPass(TmrOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public TmrOptions options() {
        return options;
    }

    /** The TMR netlist and its report. */
    public TmrResult run(Netlist original) {
        return new TmrEmitter(new VoterPlan(original, options)).emit();
    }

    /** The TMR netlist alone. */
    public Netlist apply(Netlist original) {
        return run(original).netlist();
    }
}
