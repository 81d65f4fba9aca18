package dev.tmrkit.circuits.faults;

import dev.tmrkit.circuits.io.CorpusNetlists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Equivalence collapsing, gate by gate and against the published figures of the benchmark suites. */
class FaultCollapsingTest {

    /** ISCAS-85: total and collapsed single stuck-at faults, as published (benchmarks/README.md). */
    @ParameterizedTest(name = "{0}: {1} faults, {2} collapsed")
    @CsvSource({
        "c17, 34, 22",
        "c432, 864, 524",
        "c499, 998, 758",
        "c880, 1760, 942",
        "c1355, 2710, 1574",
        "c1908, 3816, 1879",
        "c2670, 5340, 2747",
        "c3540, 7080, 3428",
        "c5315, 10630, 5350",
        "c6288, 12576, 7744",
        "c7552, 15104, 7550",
    })
    void iscas85MatchesThePublishedFigures(String circuit, int total, int collapsed) {
        CollapsedFaults c = FaultCollapsing.collapse(CorpusNetlists.bench("iscas85", circuit));
        assertEquals(total, c.total(), "total");
        assertEquals(collapsed, c.collapsed(), "collapsed");
    }

    /**
     * ISCAS-89 under "a PO is a sink; a DFF's D and Q faults are not merged" (a cross-check: the README's
     * figures are not ground truth). A total of -1 means the README gives none.
     */
    @ParameterizedTest(name = "{0}: {2} collapsed")
    @CsvSource({
        "s27, 52, 32",
        "s298, 596, 308",
        "s344, -1, 342",
        "s382, -1, 399",
        "s526, -1, 555",
        "s820, -1, 850",
        "s1196, -1, 1242",
        "s1238, -1, 1355",
        "s1423, -1, 1515",
        "s5378, 10590, 4603",
        "s9234, -1, 6927",
        "s13207, -1, 9815",
        "s15850, -1, 11725",
        "s35932, -1, 39094",
        "s38417, -1, 31180",
        "s38584, 76864, 36303",
    })
    void iscas89MatchesTheCrossCheckFigures(String circuit, int total, int collapsed) {
        CollapsedFaults c = FaultCollapsing.collapse(CorpusNetlists.bench("iscas89", circuit));
        if (total >= 0) {
            assertEquals(total, c.total(), "total");
        }
        assertEquals(collapsed, c.collapsed(), "collapsed");
    }

    @Test
    void anNInputAndKeepsNPlusTwoClasses() {
        Netlist n = Netlist.builder("and3").input("a").input("b").input("c")
                .gate(GateType.AND, "y", "a", "b", "c").output("y").build();
        CollapsedFaults c = FaultCollapsing.collapse(n);
        assertEquals(8, c.total());
        assertEquals(5, c.collapsed());
        // the sa0 class holds every input sa0 and the output sa0; its representative comes first in the list
        int a = n.netId("a");
        List<Fault> sa0 = c.members(c.classOf(c.all().indexOf(StuckAt.sa0(new Site.Stem(n.netId("y"))))));
        assertEquals(Set.of(sa0(n, "a"), sa0(n, "b"), sa0(n, "c"), sa0(n, "y")), Set.copyOf(sa0));
        assertEquals(StuckAt.sa0(new Site.Stem(a)), sa0.get(0));
    }

    @Test
    void nandOrNorMapTheControllingValueToTheRightOutputFault() {
        for (GateType t : List.of(GateType.NAND, GateType.OR, GateType.NOR)) {
            Netlist n = Netlist.builder(t.name()).input("a").input("b").gate(t, "y", "a", "b").output("y").build();
            CollapsedFaults c = FaultCollapsing.collapse(n);
            boolean in = t != GateType.NAND;                 // controlling value: 0 for NAND, 1 for OR/NOR
            boolean out = t == GateType.NOR ? !in : t == GateType.NAND || in;
            assertEquals(4, c.collapsed(), t.name());
            assertEquals(classOf(c, n, "a", in), classOf(c, n, "y", out), t.name());
            assertEquals(classOf(c, n, "b", in), classOf(c, n, "y", out), t.name());
            assertNotEquals(classOf(c, n, "a", !in), classOf(c, n, "y", !out), t.name());
        }
    }

    @Test
    void aChainOfInvertersAndBuffersIsOnePairOfClasses() {
        Netlist n = Netlist.builder("chain").input("a").gate(GateType.NOT, "b", "a").gate(GateType.BUF, "c", "b")
                .gate(GateType.NOT, "d", "c").output("d").build();
        CollapsedFaults c = FaultCollapsing.collapse(n);
        assertEquals(8, c.total());
        assertEquals(2, c.collapsed());
        assertEquals(classOf(c, n, "a", false), classOf(c, n, "b", true));
        assertEquals(classOf(c, n, "a", false), classOf(c, n, "c", true));
        assertEquals(classOf(c, n, "a", false), classOf(c, n, "d", false));
    }

    @Test
    void aFanoutStemStaysApartFromItsBranches() {
        // a feeds two ANDs: its stem faults are not merged; each branch sa0 joins its own gate's output sa0
        Netlist n = Netlist.builder("fanout").input("a").input("b").input("c")
                .gate(GateType.AND, "x", "a", "b").gate(GateType.AND, "y", "a", "c").output("x").output("y").build();
        CollapsedFaults c = FaultCollapsing.collapse(n);
        assertEquals(2 * (5 + 2), c.total());
        Fault branchX = StuckAt.sa0(new Site.Branch(n.driver(n.netId("x")), 0));
        Fault branchY = StuckAt.sa0(new Site.Branch(n.driver(n.netId("y")), 0));
        assertEquals(c.classOf(c.all().indexOf(branchX)), classOf(c, n, "x", false));
        assertEquals(c.classOf(c.all().indexOf(branchY)), classOf(c, n, "y", false));
        assertEquals(1, c.members(classOf(c, n, "a", false)).size());
        assertEquals(1, c.members(classOf(c, n, "a", true)).size());
        // classes: {x0,b0,a>x 0} {y0,c0,a>y 0} {a0} {a1} {b1} {c1} {x1} {y1} {a>x 1} {a>y 1}
        assertEquals(10, c.collapsed());
    }

    @Test
    void xorAndFlipFlopsCollapseNothing() {
        Netlist xor = Netlist.builder("xor").input("a").input("b").gate(GateType.XOR, "y", "a", "b").output("y").build();
        assertEquals(6, FaultCollapsing.collapse(xor).collapsed());
        Netlist dff = Netlist.builder("reg").input("d").dff("q", "d").output("q").build();
        assertEquals(4, FaultCollapsing.collapse(dff).collapsed());
    }

    @Test
    void classesPartitionTheListAndRepresentativesComeFirstInListOrder() {
        CollapsedFaults c = FaultCollapsing.collapse(CorpusNetlists.bench("iscas85", "c432"));
        assertEquals(FaultLists.allStuckAt(CorpusNetlists.bench("iscas85", "c432")), c.all());
        List<List<Fault>> classes = c.classes();
        assertEquals(c.collapsed(), classes.size());
        assertEquals(c.total(), classes.stream().mapToInt(List::size).sum());
        int previous = -1;
        for (int k = 0; k < classes.size(); k++) {
            Fault rep = c.representatives().get(k);
            assertEquals(rep, classes.get(k).get(0));
            int at = c.all().indexOf(rep);
            assertTrue(at > previous, "representatives in list order");
            previous = at;
            for (Fault f : classes.get(k)) {
                assertTrue(c.all().indexOf(f) >= at, "representative is the first member");
            }
        }
        assertEquals(c.total(), c.all().stream().collect(Collectors.toSet()).size());
        assertEquals(c.representatives(), c.expand(c.representatives()).stream().distinct().collect(Collectors.toList()));
        List<Fault> expanded = c.expand(c.representatives());
        for (int i = 0; i < c.total(); i++) {
            assertEquals(c.representativeOf(i), expanded.get(i));
        }
    }

    @Test
    void collapsingIsDeterministic() {
        Netlist n = CorpusNetlists.bench("iscas85", "c880");
        assertEquals(FaultCollapsing.collapse(n), FaultCollapsing.collapse(n));
    }

    private static Fault sa0(Netlist n, String net) {
        return StuckAt.sa0(new Site.Stem(n.netId(net)));
    }

    private static int classOf(CollapsedFaults c, Netlist n, String net, boolean value) {
        int i = c.all().indexOf(new StuckAt(new Site.Stem(n.netId(net)), value));
        assertTrue(i >= 0, net);
        return c.classOf(i);
    }
}
