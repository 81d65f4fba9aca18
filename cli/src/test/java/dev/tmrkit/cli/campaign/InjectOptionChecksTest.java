package dev.tmrkit.cli.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import dev.tmrkit.gates.stats.Normal;
import dev.tmrkit.gates.stats.Wilson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options of inject, reliability and report that mean what they say: every interval follows --confidence
 * and names its level; every option that could not take effect is refused (exit 2) with the reason.
 */
class InjectOptionChecksTest {
    private static void refused(String expected, String... args) {
        Cli r = Cli.run(args);
        assertEquals(2, r.code(), () -> String.join(" ", args) + " was accepted: " + r.out());
        assertTrue(r.err().contains(expected), () -> String.join(" ", args) + ": " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertEquals("", r.out(), "no partial output");
    }

    @Test
    void optionsThatCannotTakeEffectAreRefusedWithTheReason() {
        refused("stuck-at faults are permanent", "inject", "c17", "--cycle", "3");
        refused("stuck-at faults are permanent", "inject", "c17", "--cycle", "0");
        refused("stuck-at faults are permanent", "inject", "c17", "--second-cycle", "2");
        refused("--montecarlo draws independent gate failures", "inject", "c17", "--montecarlo", "0.01", "--faults", "flip");
        refused("--sample cannot take effect", "inject", "c17", "--montecarlo", "0.01", "--sample", "3");
        refused("--patterns cannot take effect", "inject", "c17", "--montecarlo", "0.01", "--patterns", "64");
        refused("--per-fault cannot take effect", "inject", "c17", "--montecarlo", "0.01", "--per-fault");
        refused("--trials counts Monte Carlo trials", "inject", "c17", "--trials", "10");
        refused("--scope is an option of the TMR pass", "inject", "c17", "--scope", "gates");
        refused("--exclude is an option of the TMR pass", "inject", "c17", "--exclude", "22");
        refused("--mismatch is an option of the TMR pass", "report", "c17", "--mismatch", "-o", "r.html");
        refused("'counter:4' has flip-flops, so the page has no reliability plot", "report", "counter", "--trials", "100", "-o",
                "r.html");
        refused("'c17' has 5 inputs, so every input combination is enumerated", "report", "c17", "--patterns", "100", "-o",
                "r.html");
        refused("--prove-limit is the SAT time limit", "inject", "c17", "--prove-limit", "5");
        refused("--prove decides every fault for all inputs by SAT: --patterns", "inject", "c17", "--prove", "--patterns", "9");
        refused("'c17' has 5 inputs, so every input combination is enumerated", "inject", "c17", "--patterns", "100");
        refused("'c17' has no flip-flops", "inject", "c17", "--cycles", "4");
        refused("--sets counts random upset sets", "inject", "s27", "--faults", "seu", "--multi", "2", "--sets", "3");
        refused("--spread shapes multiple-bit upsets", "inject", "s27", "--faults", "seu", "--spread", "random");
        refused("--triplicated-outputs: --tmr with --outputs reduced", "inject", "c17", "--tmr", "triplicated",
                "--triplicated-outputs");
        refused("CSV always lists every fault", "inject", "c17", "--per-fault", "--format", "csv");
        refused("cannot draw 40 different sets of 2 sites", "inject", "s27", "--faults", "seu", "--multi", "2",
                "--spread", "random", "--sets", "40", "--tmr", "triplicated");
    }

    @Test
    void injectTmrAppliesTheRefusalsOfTmr() {
        refused("--tmr single has no effect with --scope outputs and --outputs reduced", "inject", "c17", "--tmr", "single");
        refused("--scope registers: c17 has no flip-flops", "inject", "c17", "--tmr", "triplicated", "--scope", "registers");
        refused("--scope registers: c17 has no flip-flops", "render", "c17", "--tmr", "triplicated", "--scope", "registers",
                "-o", "x.dot");
        assertEquals(0, Cli.run("inject", "c17", "--tmr", "single", "--scope", "gates").code());
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.1f", 100 * v);
    }

    @Test
    void everyIntervalFollowsConfidenceAndTheJsonNamesItsLevel() {
        // c17 has 34 stuck-at faults, all silent: the Wilson interval of 34/34 at 99% is the oracle
        Cli table = Cli.run("inject", "c17", "--confidence", "0.99");
        assertEquals(0, table.code(), table.err());
        Wilson w99 = Wilson.of(34, 34, Normal.twoSided(0.99));
        assertTrue(table.out().contains("34 silent (100.0%, 99% CI " + percent(w99.low()) + "-100.0%)"), table.out());
        assertFalse(table.out().contains("95%"), table.out());
        Cli json = Cli.run("inject", "c17", "--confidence", "0.999", "--format", "json");
        assertTrue(json.out().contains("\"confidence\":0.999,\"rates\":{"), json.out());
        assertTrue(json.out().contains("\"silent\":[1.0," + Wilson.of(34, 34, Normal.twoSided(0.999)).low() + ",1.0]"), json.out());
        Cli mc = Cli.run("inject", "c17", "--montecarlo", "0.01", "--trials", "2000", "--confidence", "0.9");
        assertTrue(mc.out().contains("(90% CI "), mc.out());
        Cli mcJson = Cli.run("inject", "c17", "--montecarlo", "0.01", "--trials", "2000", "--confidence", "0.9", "--format", "json");
        long correct = mcJson.jsonLong("correct");
        Wilson w = Wilson.of(correct, 2000, Normal.twoSided(0.9));
        assertTrue(mcJson.out().contains("\"confidence\":0.9,\"ci\":[" + w.low() + "," + w.high() + "]"), mcJson.out());
        Cli rel = Cli.run("reliability", "c17", "--p", "0.01,0.1", "--trials", "3000", "--confidence", "0.99");
        assertTrue(rel.out().contains("[99% Wilson CI]"), rel.out());
        assertTrue(rel.out().contains("both intervals at 99.75%, Bonferroni: 99% for all 2 points together"), rel.out());
        Cli relJson = Cli.run("reliability", "c17", "--p", "0.01", "--trials", "3000", "--confidence", "0.99", "--format", "json");
        assertTrue(relJson.out().contains("\"confidence\":0.99"), relJson.out());
        assertTrue(relJson.out().contains("\"formulaCheckConfidence\":0.995"), relJson.out());
        refused("--confidence must lie strictly between 0 and 1", "reliability", "c17", "--confidence", "1");
    }

    @Test
    void aMonteCarloRunHonoursOutputAndConfidence(@TempDir Path dir) throws Exception {
        // -o was ignored by --montecarlo (the report went to standard output): it now writes the file
        Path out = dir.resolve("mc.txt");
        Cli r = Cli.run("inject", "c17", "--montecarlo", "0.02", "--trials", "1000", "--confidence", "0.99", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.readString(out).contains("(99% CI "), Files.readString(out));
    }

    @Test
    void theReportPageNamesItsLevel(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("r.html");
        Cli r = Cli.run("report", "c17", "--trials", "500", "--confidence", "0.9", "-o", page.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(page);
        assertTrue(html.contains("<th>90% CI</th>"), "summary header");
        Wilson w = Wilson.of(34, 34, Normal.twoSided(0.9));
        assertTrue(html.contains(String.format(Locale.ROOT, "%.1f–%.1f%%", 100 * w.low(), 100.0)), "the 90% interval of 34/34");
    }

    @Test
    void adjacencyFileDrivesAdjacentUpsets(@TempDir Path dir) throws Exception {
        Path rows = dir.resolve("rows.txt");
        Files.writeString(rows, "# s27's three flip-flops in one row\nG5 G6 G7\n");
        Cli r = Cli.run("inject", "s27", "--faults", "seu", "--multi", "2", "--adjacency", rows.toString(), "--format", "json",
                "--per-fault");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"faults\":2,"), r.out());
        assertTrue(r.out().contains("consecutive in a row of " + rows), r.out());
        Files.writeString(rows, "G5\n  G99 G6\n");
        refused(rows + ":2:3: 'G99' is not a flip-flop of 's27'", "inject", "s27", "--faults", "seu", "--multi", "2",
                "--adjacency", rows.toString());
        refused("--adjacency shapes multiple-bit upsets", "inject", "s27", "--faults", "seu", "--adjacency", rows.toString());
        refused("--adjacency says which sites are neighbours", "inject", "s27", "--faults", "seu", "--multi", "2", "--spread",
                "random", "--adjacency", rows.toString());
        assertTrue(List.of(Cli.run("inject", "--help").out().split("\n")).stream().anyMatch(l -> l.contains("--adjacency")));
    }
}
