package dev.tmrkit.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rows of {@code bench --suite atpg}, and the Atalanta figures they are held against. */
class AtpgBenchSuiteTest {
    private static final Path BENCHMARKS = Path.of(System.getProperty("tmrkit.root", "."), "benchmarks");

    @Test
    void c432AndC880RowsGiveThePublishedCoverageAndARatioToAtalanta() throws Exception {
        BenchContext ctx = new BenchContext(BENCHMARKS, new Measurement(0, 1, 0), 1, 1);
        BenchRow c432 = AtpgBenchSuite.row(ctx, "c432");
        assertEquals("atpg", c432.suite());
        assertEquals("s", c432.unit());
        assertTrue(c432.measure().startsWith("524 collapsed faults: coverage 99.237 %, 4 redundant, 0 aborted"), c432.measure());
        assertEquals("Atalanta's time (measured apart)", c432.baseline());
        assertEquals(c432.median() / 0.0197, c432.ratio(), 1e-9 * c432.ratio());
        BenchRow c880 = AtpgBenchSuite.row(ctx, "c880");
        assertTrue(c880.measure().startsWith("942 collapsed faults: coverage 100.000 %, 0 redundant, 0 aborted"), c880.measure());
    }

    /** Where Atalanta aborted nothing, its coverage is the published figure of benchmarks/README.md: the constants are its. */
    @Test
    void atalantasCompleteRunsMatchThePublishedCoverage() throws Exception {
        String table = Files.readString(BENCHMARKS.resolve("README.md"));
        int complete = 0;
        for (Map.Entry<String, AtpgBenchSuite.Atalanta> e : AtpgBenchSuite.ATALANTA.entrySet()) {
            if (e.getValue().aborted() > 0) {
                continue;
            }
            String coverage = String.format(java.util.Locale.ROOT, "%.3f", e.getValue().coverage()).replaceAll("\\.?0+$", "");
            assertTrue(table.contains("| " + e.getKey() + " |") && table.lines().anyMatch(l -> l.startsWith("| " + e.getKey() + " |")
                    && l.endsWith("| " + coverage + " |")), e.getKey() + " " + coverage);
            complete++;
        }
        assertEquals(6, complete);
        assertEquals(AtpgBenchSuite.CIRCUITS.size(), AtpgBenchSuite.ATALANTA.size());
    }
}
