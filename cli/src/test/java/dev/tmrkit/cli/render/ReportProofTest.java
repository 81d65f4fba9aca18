package dev.tmrkit.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --tmr} runs the TMR pass's proof step, and the page and the last line say what was proven. */
class ReportProofTest {
    @TempDir
    Path tmp;

    private Cli report(String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("report"));
        all.addAll(java.util.List.of(args));
        Path page = tmp.resolve("r" + System.nanoTime() + ".html");
        if (!args[0].equals("s27")) { // a sequential circuit's page has no reliability plot, so no --trials
            all.addAll(java.util.List.of("--trials", "100"));
        }
        all.addAll(java.util.List.of("-o", page.toString()));
        Cli r = Cli.run(all.toArray(new String[0]));
        if (r.code() == 0) {
            try {
                String html = Files.readString(page);
                String line = r.out().lines().filter(l -> l.startsWith("TMR ")).findFirst().orElseThrow();
                assertTrue(html.contains("<th>equivalence</th><td>" + line.substring(4).split(";")[0]), "the page says it too: " + line);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
        return r;
    }

    @Test
    void theProofStepIsOnThePageAndInTheLastLine() {
        Cli small = report("c17", "--tmr", "triplicated");
        assertEquals(0, small.code(), small.err());
        assertTrue(small.out().contains("TMR proven equivalent to the original, exhaustive"), small.out());
        Cli sat = report("c432", "--tmr", "single", "--scope", "gates");
        assertEquals(0, sat.code(), sat.err());
        assertTrue(sat.out().contains("TMR proven equivalent to the original (SAT)"), sat.out());
        Cli induction = report("s27", "--tmr", "triplicated");
        assertEquals(0, induction.code(), induction.err());
        assertTrue(induction.out().contains("TMR proven equivalent to the original (induction over the register correspondence"),
                induction.out());
        Cli skipped = report("c432", "--tmr", "triplicated", "--prove-limit", "0");
        assertEquals(0, skipped.code(), skipped.err());
        assertTrue(skipped.out().contains("(not proven: --prove-limit 0)"), skipped.out());
        assertFalse(skipped.out().contains("TMR proven"), skipped.out());
    }

    @Test
    void aProveLimitWithoutTmrIsRefused() {
        Cli r = report("c17", "--prove-limit", "5");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--prove-limit applies to the TMR pass's proof"), r.err());
    }
}
