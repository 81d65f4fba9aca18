package dev.tmrkit.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The with-dropping rows of {@code bench --suite faultsim} and the AIGER rows of {@code bench --suite eval}. */
class FaultSimAndAigerRowsTest {
    private static final Path BENCHMARKS = Path.of(System.getProperty("tmrkit.root", "."), "benchmarks");
    /**
     * Faults detected on the same 64k patterns (seed 1) by Atalanta 2.0's PPSFP fault simulator, built from
     * source and fed these patterns as a test file (README, Performance): an independent oracle.
     */
    private static final Map<String, Long> ATALANTA_DETECTED = Map.of("c432", 520L, "c499", 750L, "c880", 942L, "c1355", 1566L,
            "c1908", 1870L, "c2670", 2346L, "c3540", 3291L, "c5315", 5291L, "c6288", 7710L, "c7552", 7229L);

    @Test
    void droppingRowsCoverEveryIscas85CircuitAndDetectWhatAtalantaDetects() throws Exception {
        List<BenchRow> rows = FaultSimBenchSuite.droppingRows(new BenchContext(BENCHMARKS, new Measurement(0, 1, 0), 1, 1));
        assertEquals(List.of("c432", "c499", "c880", "c1355", "c1908", "c2670", "c3540", "c5315", "c6288", "c7552"),
                rows.stream().map(BenchRow::subject).toList());
        for (BenchRow r : rows) {
            assertEquals("faultsim", r.suite());
            assertEquals("s", r.unit());
            assertTrue(r.measure().contains("with dropping") && r.measure().contains("1 thread"), r.measure());
            assertTrue(r.measure().endsWith(": " + ATALANTA_DETECTED.get(r.subject()) + " detected"), r.measure());
            assertTrue(r.median() > 0 && r.min() <= r.median() && r.median() <= r.max(), r.toString());
        }
        String[] csv = dev.tmrkit.cli.output.Records.csv(BenchCommand.records(rows)).split("\n");
        assertEquals("suite,subject,measure,unit,median,min,max,ratio,baseline,goal,met", csv[0]);
        assertTrue(csv[7].startsWith("faultsim,c3540,\"3428 collapsed faults"), csv[7]);
        assertTrue(csv[7].contains("with dropping, 1 thread: 3291 detected\",s,"), csv[7]);
    }

    @Test
    void droppingRowsHoldTheGoalCircuitsToAThirdOfAtalantaAndTheOthersToLessThanIt() throws Exception {
        List<BenchRow> rows = FaultSimBenchSuite.droppingRows(new BenchContext(BENCHMARKS, new Measurement(0, 1, 0), 1, 1));
        for (BenchRow r : rows) {
            double atalanta = FaultSimBenchSuite.ATALANTA_SECONDS.get(r.subject());
            assertEquals(r.median() / atalanta, r.ratio(), 1e-12, r.toString());
            assertTrue(r.baseline().startsWith("Atalanta 2.0's") && r.baseline().endsWith("(measured apart)"), r.baseline());
            boolean third = List.of("c3540", "c6288", "c7552").contains(r.subject());
            assertEquals(third ? "<= 0.33x Atalanta 2.0" : "< 1x Atalanta 2.0", r.goal());
            assertEquals(third ? r.ratio() <= 0.33 : r.ratio() < 1, r.met(), r.toString());
        }
    }

    @Test
    void aigerRowsCountTheHeadersAndNodes() throws Exception {
        assertEquals(2337, EvalBenchSuite.aigerAnds(BENCHMARKS.resolve("iscas85/c6288.aig")));
        assertEquals(2074, EvalBenchSuite.aigerAnds(BENCHMARKS.resolve("iscas85/c7552.aig")));
        assertEquals(57247, EvalBenchSuite.aigerAnds(BENCHMARKS.resolve("epfl/div.aig")));
    }
}
