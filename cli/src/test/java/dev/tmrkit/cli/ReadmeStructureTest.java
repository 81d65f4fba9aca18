package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's shape: its Quick start shows exactly the two commands (the launcher's fault-injection run and the
 * test command, which {@code .ci/run} runs too), and every section is there, in order — an edit that cuts a range
 * of the file too long loses a heading and fails here.
 */
class ReadmeStructureTest {
    private static final List<String> SECTIONS = List.of("Quick start", "Modules", "The model", "The evaluator", "Formats",
            "Interoperability", "Through synthesis: Yosys, Vivado", "Built-in circuits", "Command line",
            "Living with the command line: install, exit codes, files, limits", "Circuit diagrams",
            "Plots, waveforms and the HTML report", "Triple modular redundancy", "Fault lists", "Campaigns",
            "Beyond one machine", "Reliability against theory", "Replicated counters (stateful)", "Proofs (SAT)", "Performance",
            "Tests");

    private static final Path ROOT = Path.of(System.getProperty("tmrkit.root", ".."));

    @Test
    void everySectionIsThereInOrder() throws IOException {
        List<String> headings = new ArrayList<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && line.startsWith("## ")) {
                headings.add(line.substring(3).strip());
            }
        }
        assertEquals(SECTIONS, headings);
    }

    @Test
    void quickStartShowsTheTwoCommandsAndCiRunsTheTestCommand() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int section = readme.indexOf("## Quick start");
        int start = readme.indexOf("```sh\n", section) + "```sh\n".length();
        String block = readme.substring(start, readme.indexOf("```", start));
        assertTrue(readme.indexOf("\n## ", section + 1) > start, "the block is in the Quick start section");
        assertEquals(List.of("./tmrkit inject", "mvn -B verify"), block.strip().lines().toList());
        assertTrue(Files.readString(ROOT.resolve(".ci/run")).contains("mvn -B verify"), ".ci/run runs the README's test command");
    }
}
