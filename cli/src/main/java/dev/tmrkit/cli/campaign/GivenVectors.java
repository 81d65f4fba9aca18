package dev.tmrkit.cli.campaign;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.cli.circuit.VectorFile;
import dev.tmrkit.cli.options.UserException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** {@code inject --vectors FILE}: the campaign's patterns read from a vector file (the format of {@code eval --vectors}). */
public final class GivenVectors {
    @Option(names = "--vectors", paramLabel = "FILE", description = "Combinational circuits: simulate exactly these input "
            + "vectors, in order (the format of eval --vectors: one line of 0/1 per pattern), instead of exhaustive or random "
            + "patterns; so other fault simulators can be compared on the very same patterns.")
    Path file;

    /** The plan on the given vectors, or {@code plan} itself without --vectors. */
    CampaignPlan apply(CampaignPlan plan) {
        return file == null ? plan : plan.withPatterns(
                read(file, plan.judging().ties().logicalInputs(), plan.netlist().isSequential(), plan.seed()));
    }

    /** Refuses, beside --vectors, the options that choose patterns some other way. */
    void refuseOthers(ParseResult parsed) {
        if (file == null) {
            return;
        }
        for (String refused : new String[] {"--patterns", "--cycles", "--exhaustive", "--montecarlo"}) {
            if (parsed.hasMatchedOption(refused)) {
                throw new UserException("--vectors gives the patterns: " + refused + " cannot take effect with it");
            }
        }
    }

    static PatternSet read(Path file, int logicalInputs, boolean sequential, long seed) {
        if (sequential) {
            throw new UserException("--vectors gives single-cycle patterns of a combinational circuit; this one has flip-flops");
        }
        try {
            List<boolean[]> list = VectorFile.read(file, logicalInputs);
            if (list.isEmpty()) {
                throw new dev.tmrkit.circuits.io.ParseException(file.toString(), 1, 1,
                        "no input vectors (only blank lines and # comments); give one line of 0s and 1s per pattern");
            }
            return PatternSet.of(PatternSet.Given.of(file.toString(), list, logicalInputs), seed);
        } catch (IOException e) {
            throw new UserException("cannot read vectors '" + file + "': " + e.getMessage(), e);
        }
    }
}
