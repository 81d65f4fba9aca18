package dev.tmrkit.cli.campaign;

import dev.tmrkit.circuits.campaign.CampaignSpec.FaultModel;
import dev.tmrkit.circuits.campaign.CampaignSpec.Spread;
import dev.tmrkit.circuits.campaign.CampaignSpec;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.cli.options.EnumChoices;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of {@code tmrkit inject} that make its {@link CampaignSpec}. */
public final class CampaignOptions {
    @Option(names = "--faults", defaultValue = "stuck-at", paramLabel = "MODEL", converter = FaultModels.class,
            completionCandidates = FaultModels.class,
            description = "${COMPLETION-CANDIDATES}. stuck-at: sa0 and sa1 on every stem and fanout branch; flip: a transient "
                    + "bit-flip on every net; seu: a bit-flip of every flip-flop (default: ${DEFAULT-VALUE}).")
    FaultModel faults;

    @Option(names = "--collapsed", description = "Stuck-at faults: only one representative per equivalence class.")
    boolean collapsed;

    @Option(names = "--cycle", defaultValue = "0", paramLabel = "T|random", converter = CycleConverter.class,
            description = "Flips and SEUs: the clock cycle they strike, or 'random' for a cycle drawn per fault set (default: ${DEFAULT-VALUE}).")
    OptionalInt cycle;

    @Option(names = "--multi", defaultValue = "1", paramLabel = "K", description = "Flips and SEUs: K sites struck together "
            + "(a multiple-bit upset) (default: ${DEFAULT-VALUE}).")
    int multi;

    @Option(names = "--spread", defaultValue = "adjacent", paramLabel = "SPREAD", converter = Spreads.class,
            completionCandidates = Spreads.class, description = "${COMPLETION-CANDIDATES}. Multiple-bit upsets: K adjacent "
            + "sites (every window), or K random distinct sites (--sets of them) (default: ${DEFAULT-VALUE}).")
    Spread spread;

    @Option(names = "--sets", defaultValue = "1000", paramLabel = "N", description = "Random multiple-bit upsets: how many sets (default: ${DEFAULT-VALUE}).")
    int sets;

    @Option(names = "--second-cycle", paramLabel = "T",
            description = "Multiple upsets: every site after the first is struck at cycle T instead (a later second upset).")
    Integer secondCycle;

    @Option(names = "--sample", paramLabel = "N", description = "Inject a random sample of N fault sets instead of all.")
    Integer sample;

    @Option(names = "--margin", paramLabel = "E", description = "Sample size from Leveugle et al. (DATE 2009) for this "
            + "error margin (e.g. 0.01) at --confidence; the size is printed and used.")
    Double margin;

    @Option(names = "--confidence", defaultValue = "0.95", paramLabel = "C", description = "Confidence of --margin (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--patterns", defaultValue = "65536", paramLabel = "N",
            description = "Random patterns when not exhaustive (default: ${DEFAULT-VALUE}).")
    long patterns;

    @Option(names = "--cycles", defaultValue = "16", paramLabel = "N",
            description = "Clock cycles per pattern for sequential circuits, from reset (default: ${DEFAULT-VALUE}).")
    int cycles;

    @Option(names = "--exhaustive", description = "Enumerate every input combination even above " + PatternSet.AUTO_EXHAUSTIVE_INPUTS
            + " inputs (refused above " + PatternSet.MAX_EXHAUSTIVE_INPUTS + ": 2^" + PatternSet.MAX_EXHAUSTIVE_INPUTS
            + " patterns; use random patterns instead).")
    boolean exhaustive;

    @Option(names = "--no-drop", description = "Simulate every pattern for every fault and count failing patterns "
            + "(default: fault dropping, stop once a fault's outcome is settled).")
    boolean noDrop;

    /** The spec of these options, judging the outputs by {@code check}. */
    CampaignSpec spec(OutputCheck check) {
        dev.tmrkit.cli.options.Limits.check("--patterns", patterns, 1, dev.tmrkit.cli.options.Limits.MAX_PATTERNS);
        return new CampaignSpec(faults, collapsed, cycle, multi, spread, sets,
                secondCycle == null ? OptionalInt.empty() : OptionalInt.of(secondCycle),
                sample == null ? OptionalInt.empty() : OptionalInt.of(sample),
                margin == null ? OptionalDouble.empty() : OptionalDouble.of(margin), confidence,
                patterns, exhaustive, cycles, check, !noDrop);
    }

    /** An enum's constants spelled in lower case with hyphens, as options take them: STUCK_AT is stuck-at. */
    static String spelling(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Converts and lists an enum's constants in their {@link #spelling}. */
    abstract static class Spelled<E extends Enum<E>> extends EnumChoices<E> {
        Spelled(E[] values) {
            super(values, CampaignOptions::spelling);
        }
    }

    /** The --faults values. */
    static final class FaultModels extends Spelled<FaultModel> {
        FaultModels() {
            super(FaultModel.values());
        }
    }

    /** The --spread values. */
    static final class Spreads extends Spelled<Spread> {
        Spreads() {
            super(Spread.values());
        }
    }

    /** A clock cycle T >= 0, or 'random' (empty). */
    static final class CycleConverter implements ITypeConverter<OptionalInt> {
        @Override
        public OptionalInt convert(String value) {
            if (value.equals("random")) {
                return OptionalInt.empty();
            }
            try {
                int t = Integer.parseInt(value);
                if (t >= 0) {
                    return OptionalInt.of(t);
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new TypeConversionException("takes a clock cycle >= 0 or 'random', not '" + value + "'");
        }
    }

}
