package dev.tmrkit.circuits.atpg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.faults.FaultCollapsing;
import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.gates.fault.Fault;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ATPG against the published redundant-fault counts of the ISCAS-85 circuits (collapsed fault lists;
 * benchmarks/README.md), and its test set against the scalar reference evaluator.
 */
class AtpgTest {
    private static Netlist iscas(String name) throws IOException {
        return new BenchReader().read(Path.of(System.getProperty("tmrkit.root", "."), "benchmarks/iscas85/" + name + ".bench"));
    }

    private static Atpg.Result atpg(Netlist n) {
        List<Fault> faults = FaultCollapsing.collapse(n).representatives();
        return Atpg.run(n, faults, 2048, 1, Duration.ofSeconds(30));
    }

    @Test
    void c432HasFourRedundantFaultsAndTheTestSetDetectsEveryOther() throws IOException {
        Netlist n = iscas("c432");
        Atpg.Result r = atpg(n);
        assertEquals(524, r.faults().size());
        assertEquals(4, r.count(Atpg.Status.REDUNDANT));
        assertEquals(0, r.count(Atpg.Status.ABORTED));
        assertEquals("99.237", String.format(java.util.Locale.ROOT, "%.3f", 100 * r.coverage()));
        assertEveryDetectedFaultIsDetectedByTheTests(n, r);
    }

    @Test
    void publishedRedundantCountsOfC499C880C1355C1908() throws IOException {
        int[] expected = {8, 0, 8, 9};
        String[] names = {"c499", "c880", "c1355", "c1908"};
        for (int i = 0; i < names.length; i++) {
            Netlist n = iscas(names[i]);
            Atpg.Result r = atpg(n);
            assertEquals(expected[i], r.count(Atpg.Status.REDUNDANT), names[i]);
            assertEquals(0, r.count(Atpg.Status.ABORTED), names[i]);
            assertEquals(r.faults().size(), r.count(Atpg.Status.DETECTED) + expected[i], names[i]);
            if (names[i].equals("c880")) {
                assertEveryDetectedFaultIsDetectedByTheTests(n, r);
            }
        }
    }

    /**
     * The larger published counts (c3540 137, c5315 59, c6288 34 redundant faults), every other fault detected and
     * none left undecided (the test sets are checked by AtpgVectorsTest through inject --vectors).
     */
    @Test
    void publishedRedundantCountsOfC3540C5315C6288() throws IOException {
        int[] expected = {137, 59, 34};
        String[] names = {"c3540", "c5315", "c6288"};
        for (int i = 0; i < names.length; i++) {
            Netlist n = iscas(names[i]);
            Atpg.Result r = atpg(n);
            assertEquals(expected[i], r.count(Atpg.Status.REDUNDANT), names[i]);
            assertEquals(0, r.count(Atpg.Status.ABORTED), names[i]);
            assertEquals(r.faults().size(), r.count(Atpg.Status.DETECTED) + expected[i], names[i]);
        }
    }

    /** Independent check: the scalar reference evaluator, fault by fault and test by test. */
    private static void assertEveryDetectedFaultIsDetectedByTheTests(Netlist n, Atpg.Result r) {
        ReferenceEvaluator ref = new ReferenceEvaluator(n);
        List<boolean[]> tests = r.tests().stream().map(AtpgTest::bits).toList();
        List<boolean[]> good = tests.stream().map(ref::evaluate).toList();
        for (int i = 0; i < r.faults().size(); i++) {
            boolean seen = false;
            for (int t = 0; t < tests.size() && !seen; t++) {
                seen = !Arrays.equals(good.get(t), ref.evaluate(tests.get(t), List.of(r.faults().get(i)), 0));
            }
            assertEquals(r.status().get(i) == Atpg.Status.DETECTED, seen, r.faults().get(i).describe(n));
        }
        assertTrue(r.tests().size() < r.faults().size() / 3, "compact: " + r.tests().size() + " tests");
    }

    private static boolean[] bits(String s) {
        boolean[] v = new boolean[s.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = s.charAt(i) == '1';
        }
        return v;
    }
}
