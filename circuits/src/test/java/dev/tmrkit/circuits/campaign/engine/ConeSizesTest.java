package dev.tmrkit.circuits.campaign.engine;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.Pin;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Cone-size sketches against the cones themselves ({@link CompiledEvaluator#cone}, listed gate by gate): exact
 * below {@value ConeSizes#K} gates, within a factor of 3 above (the relative error is about 27 %, so a factor of 3
 * is more than seven standard deviations), for single sites and for the union of several.
 */
class ConeSizesTest {

    @Test
    void sketchesCountSmallConesExactlyAndEstimateLargeOnes() {
        qt().withExamples(150).forAll(RandomNetlists.sequential(10, 400, 6), SourceDSL.longs().all()).checkAssert((n, seed) -> {
            CompiledEvaluator c = CompiledEvaluator.compile(n);
            ConeSizes sizes = ConeSizes.of(c);
            List<Site> sites = sites(n);
            for (Site s : sites) {
                check(c.cone(s).length, sizes.estimate(List.of(s)), s.toString());
            }
            SplittableRandom r = new SplittableRandom(seed);
            for (int t = 0; t < 20 && !sites.isEmpty(); t++) {
                List<Site> set = new ArrayList<>();
                BitSet union = new BitSet();
                for (int k = 1 + r.nextInt(3); k > 0; k--) {
                    Site s = sites.get(r.nextInt(sites.size()));
                    set.add(s);
                    for (int g : c.cone(s)) {
                        union.set(g);
                    }
                }
                check(union.cardinality(), sizes.estimate(set), set.toString());
            }
        });
    }

    @Test
    void mergeKeepsTheLeastDistinctValuesOfBoth() {
        qt().forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            int[] a = sortedDistinct(r, r.nextInt(ConeSizes.K + 1));
            int[] b = sortedDistinct(r, r.nextInt(ConeSizes.K + 1));
            TreeSet<Integer> all = new TreeSet<>();
            for (int v : a) {
                all.add(v);
            }
            for (int v : b) {
                all.add(v);
            }
            int[] expected = all.stream().mapToInt(Integer::intValue).limit(ConeSizes.K).toArray();
            assertArrayEquals(expected, ConeSizes.merge(a, b));
        });
    }

    private static void check(int exact, long estimate, String what) {
        if (exact < ConeSizes.K) {
            assertEquals(exact, estimate, "cone of " + what + " counted exactly");
        } else {
            assertTrue(estimate * 3 >= exact && estimate <= 3L * exact, "cone of " + what + ": " + estimate + " for " + exact + " gates");
        }
    }

    private static List<Site> sites(Netlist n) {
        List<Site> sites = new ArrayList<>();
        for (int net = 0; net < n.netCount(); net++) {
            sites.add(new Site.Stem(net));
            for (Pin p : n.fanoutPins(net)) {
                sites.add(new Site.Branch(p.gate(), p.pin()));
            }
        }
        return sites;
    }

    private static int[] sortedDistinct(SplittableRandom r, int count) {
        TreeSet<Integer> s = new TreeSet<>();
        while (s.size() < count) {
            s.add(r.nextInt(64)); // a small range, so the two arrays share values
        }
        return s.stream().mapToInt(Integer::intValue).toArray();
    }
}
