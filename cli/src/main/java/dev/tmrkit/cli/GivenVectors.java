package dev.tmrkit.cli;

import dev.tmrkit.circuits.campaign.PatternSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.ParseResult;

/** {@code inject --vectors FILE}: the campaign's patterns read from a vector file (the format of {@code eval --vectors}). */
final class GivenVectors {
    private GivenVectors() {
    }

    static PatternSet read(Path file, int logicalInputs, boolean sequential, long seed, ParseResult parsed) {
        if (sequential) {
            throw new UserException("--vectors gives single-cycle patterns of a combinational circuit; this one has flip-flops");
        }
        for (String refused : new String[] {"--patterns", "--cycles"}) {
            if (parsed.hasMatchedOption(refused)) {
                throw new UserException("--vectors gives the patterns: " + refused + " cannot take effect with it");
            }
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var list = VectorFile.read(file.toString(), in, logicalInputs);
            if (list.isEmpty()) {
                throw new UserException(file + ": no input vectors");
            }
            return PatternSet.of(PatternSet.Given.of(file.toString(), list, logicalInputs), seed);
        } catch (NoSuchFileException e) {
            throw new UserException("cannot read vectors '" + file + "': no such file");
        } catch (IOException e) {
            throw new UserException("cannot read vectors '" + file + "': " + e.getMessage(), e);
        }
    }
}
