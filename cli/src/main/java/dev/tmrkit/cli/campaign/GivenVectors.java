package dev.tmrkit.cli.campaign;

import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.cli.circuit.VectorFile;
import dev.tmrkit.cli.options.UserException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ParseResult;

/** {@code inject --vectors FILE}: the campaign's patterns read from a vector file (the format of {@code eval --vectors}). */
final class GivenVectors {
    private GivenVectors() {
    }

    /** The options that choose patterns some other way, refused beside --vectors. */
    static void refuseOthers(ParseResult parsed) {
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
                throw new UserException(file + ": no input vectors");
            }
            return PatternSet.of(PatternSet.Given.of(file.toString(), list, logicalInputs), seed);
        } catch (IOException e) {
            throw new UserException("cannot read vectors '" + file + "': " + e.getMessage(), e);
        }
    }
}
