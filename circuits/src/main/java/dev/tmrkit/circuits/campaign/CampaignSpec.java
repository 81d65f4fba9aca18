package dev.tmrkit.circuits.campaign;

import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a fault-injection campaign injects and how it judges the outputs: everything but the circuit and
 * the seed. {@link CampaignPlan#of} turns it into fault sets, patterns and checks.
 *
 * @param faults      the fault model
 * @param collapsed   stuck-at faults: one representative per equivalence class
 * @param cycle       flips and SEUs: the clock cycle they strike; empty: a cycle drawn per fault set
 * @param multi       flips and SEUs: sites struck together (a multiple-bit upset), at least 1
 * @param spread      multiple-bit upsets: adjacent windows of sites, or {@code sets} random site sets
 * @param sets        random multiple-bit upsets: how many sets
 * @param secondCycle multiple upsets: the cycle every site after the first is struck in (a later upset)
 * @param sample      inject a random sample of this many fault sets instead of all
 * @param margin      or a sample sized by Leveugle et al. (DATE 2009) for this error margin at {@code confidence}
 * @param confidence  the confidence of {@code margin}
 * @param patterns    random patterns when the inputs are not enumerated
 * @param exhaustive  enumerate every input combination even above {@link PatternSet#AUTO_EXHAUSTIVE_INPUTS}
 * @param cycles      clock cycles per pattern of a sequential circuit, from reset
 * @param check       how the outputs are judged
 * @param dropping    stop simulating a fault once its outcome is settled (else count every failing pattern)
 */
public record CampaignSpec(FaultModel faults, boolean collapsed, OptionalInt cycle, int multi, Spread spread, int sets,
                           OptionalInt secondCycle, OptionalInt sample, OptionalDouble margin, double confidence,
                           long patterns, boolean exhaustive, int cycles, OutputCheck check, boolean dropping) {

    /** The fault models. */
    public enum FaultModel {
        /** sa0 and sa1 on every stem and fanout branch. */
        STUCK_AT,
        /** A transient bit-flip of a net. */
        FLIP,
        /** A bit-flip of a flip-flop (single-event upset). */
        SEU
    }

    /** Where the sites of a multiple-bit upset lie. */
    public enum Spread {
        /** Every window of K adjacent sites. */
        ADJACENT,
        /** {@code sets} sets of K distinct random sites. */
        RANDOM
    }

    /** @throws IllegalArgumentException for settings that are out of range or cannot take effect together */
    public CampaignSpec {
        if (patterns < 1 || cycles < 1 || sets < 1 || multi < 1) {
            throw new IllegalArgumentException("patterns, cycles, sets and multi must be at least 1");
        }
        if (collapsed && faults != FaultModel.STUCK_AT) {
            throw new IllegalArgumentException("collapsing applies to stuck-at faults only");
        }
        if (multi > 1 && faults == FaultModel.STUCK_AT) {
            throw new IllegalArgumentException("multiple sites (multi) apply to flip and seu faults");
        }
        if (margin.isPresent() && !(margin.getAsDouble() > 0 && margin.getAsDouble() < 1) || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("margin and confidence must lie strictly between 0 and 1");
        }
        if (secondCycle.isPresent() && multi == 1) {
            throw new IllegalArgumentException("a second-upset cycle needs multiple sites (multi of at least 2)");
        }
        if (sample.isPresent() && margin.isPresent()) {
            throw new IllegalArgumentException("give a sample size or a margin, not both");
        }
        if (sample.isPresent() && sample.getAsInt() < 1) {
            throw new IllegalArgumentException("sample must be at least 1");
        }
        if (cycle.isPresent() && cycle.getAsInt() < 0 || secondCycle.isPresent() && secondCycle.getAsInt() < 0) {
            throw new IllegalArgumentException("a clock cycle is at least 0");
        }
        if (cycle.isPresent() && cycle.getAsInt() >= cycles || secondCycle.isPresent() && secondCycle.getAsInt() >= cycles) {
            throw new IllegalArgumentException("an upset at cycle " + Math.max(cycle.orElse(0), secondCycle.orElse(0))
                    + " never strikes in a run of " + cycles + " cycles (0 to " + (cycles - 1) + "): it cannot take effect");
        }
    }

    /** Every single stuck-at fault, exact outputs, 65536 random patterns when not exhaustive, dropping. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from the defaults of {@link #builder()}. */
    public static final class Builder {
        private FaultModel faults = FaultModel.STUCK_AT;
        private boolean collapsed;
        private OptionalInt cycle = OptionalInt.of(0);
        private int multi = 1;
        private Spread spread = Spread.ADJACENT;
        private int sets = 1000;
        private OptionalInt secondCycle = OptionalInt.empty();
        private OptionalInt sample = OptionalInt.empty();
        private OptionalDouble margin = OptionalDouble.empty();
        private double confidence = 0.95;
        private long patterns = 65536;
        private boolean exhaustive;
        private int cycles = 16;
        private OutputCheck check = OutputCheck.EXACT;
        private boolean dropping = true;

        private Builder() {
        }

        public Builder faults(FaultModel v) {
            faults = v;
            return this;
        }

        public Builder collapsed(boolean v) {
            collapsed = v;
            return this;
        }

        /** The cycle flips strike; empty for a random cycle per fault set. */
        public Builder cycle(OptionalInt v) {
            cycle = v;
            return this;
        }

        public Builder multi(int v) {
            multi = v;
            return this;
        }

        public Builder spread(Spread v) {
            spread = v;
            return this;
        }

        public Builder sets(int v) {
            sets = v;
            return this;
        }

        public Builder secondCycle(OptionalInt v) {
            secondCycle = v;
            return this;
        }

        public Builder sample(OptionalInt v) {
            sample = v;
            return this;
        }

        public Builder margin(OptionalDouble v) {
            margin = v;
            return this;
        }

        public Builder confidence(double v) {
            confidence = v;
            return this;
        }

        public Builder patterns(long v) {
            patterns = v;
            return this;
        }

        public Builder exhaustive(boolean v) {
            exhaustive = v;
            return this;
        }

        public Builder cycles(int v) {
            cycles = v;
            return this;
        }

        public Builder check(OutputCheck v) {
            check = v;
            return this;
        }

        public Builder dropping(boolean v) {
            dropping = v;
            return this;
        }

        public CampaignSpec build() {
            return new CampaignSpec(faults, collapsed, cycle, multi, spread, sets, secondCycle, sample, margin, confidence,
                    patterns, exhaustive, cycles, check, dropping);
        }
    }
}
