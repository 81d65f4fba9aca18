package dev.tmrkit.circuits.faults;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.CampaignSpec;
import dev.tmrkit.circuits.campaign.CampaignSpec.FaultModel;
import dev.tmrkit.circuits.io.AdjacencyReader;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.circuits.library.SyncCounter;
import dev.tmrkit.circuits.tmr.Replica;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Multiple-bit upsets: random sets drawn without replacement, adjacent sets physical neighbours. */
class MultiBitUpsetTest {
    private static final Netlist TMR_COUNTER = new TmrPass(TmrOptions.defaults().withScope(TmrOptions.Scope.REGISTERS))
            .apply(SyncCounter.netlist(4));

    private static List<Site> stems(int n) {
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sites.add(new Site.Stem(i));
        }
        return sites;
    }

    @Test
    void randomSetsAreDrawnWithoutReplacement() {
        qt().withExamples(300).forAll(SourceDSL.integers().between(1, 24), SourceDSL.integers().between(1, 5),
                SourceDSL.integers().between(1, 400), SourceDSL.longs().all()).checkAssert((n, kk, wanted, seed) -> {
                    int k = Math.min(kk, n);
                    long distinct = FlipSites.binomial(n, k);
                    int count = (int) Math.min(wanted, distinct);
                    List<List<Fault>> sets = FlipSites.scattered(stems(n), k, count, FlipCycle.at(0), seed);
                    assertEquals(count, sets.size());
                    Set<Set<Site>> seen = new HashSet<>();
                    for (List<Fault> set : sets) {
                        Set<Site> sites = new HashSet<>(set.stream().map(Fault::site).toList());
                        assertEquals(k, sites.size(), "k distinct sites in a set");
                        assertTrue(seen.add(sites), () -> "drawn twice: " + sites);
                    }
                    if (count < distinct) {
                        assertThrows(IllegalArgumentException.class,
                                () -> FlipSites.scattered(stems(n), k, (int) Math.min(Integer.MAX_VALUE, distinct + 1),
                                        FlipCycle.at(0), seed));
                    }
                });
    }

    @Test
    void drawingEverySetGivesEachSetOfKSitesExactlyOnce() {
        // C(6, 3) = 20: asking for all 20 must return each 3-subset once, which a draw with replacement would not
        List<List<Fault>> sets = FlipSites.scattered(stems(6), 3, 20, FlipCycle.at(0), 42);
        assertEquals(20, new HashSet<>(sets.stream().map(s -> new HashSet<>(s.stream().map(Fault::site).toList())).toList()).size());
        assertEquals(20, FlipSites.binomial(6, 3));
        assertEquals(Long.MAX_VALUE, FlipSites.binomial(200, 100), "saturates");
    }

    @Test
    void byDefaultAdjacentUpsetsStayInsideOneReplica() {
        CampaignSpec spec = CampaignSpec.builder().faults(FaultModel.SEU).multi(2).build();
        CampaignPlan plan = CampaignPlan.of(TMR_COUNTER, spec, 1);
        // 12 flip-flops, 4 per replica: 3 windows of 2 in each of the three rows
        assertEquals(9, plan.faultSets().size());
        for (List<Fault> set : plan.faultSets()) {
            Set<Optional<Replica>> replicas = new HashSet<>();
            Set<String> bits = new HashSet<>();
            for (Fault f : set) {
                TmrRoles.Role role = TmrRoles.roleOf(TMR_COUNTER.netName(f.site().net(TMR_COUNTER)));
                replicas.add(role.replica());
                bits.add(role.original());
            }
            assertEquals(1, replicas.size(), () -> "one replica per strike: " + set);
            assertEquals(2, bits.size(), "neighbouring bits, never the copies of one bit");
        }
        // in net order the A/B/C copies of one flip-flop are neighbours: the old windows struck them together
        List<Site> regs = FlipSites.registers(TMR_COUNTER);
        boolean copiesAdjacentInNetOrder = false;
        for (int i = 0; i + 1 < regs.size(); i++) {
            copiesAdjacentInNetOrder |= TmrRoles.roleOf(TMR_COUNTER.netName(regs.get(i).net(TMR_COUNTER))).original()
                    .equals(TmrRoles.roleOf(TMR_COUNTER.netName(regs.get(i + 1).net(TMR_COUNTER))).original());
        }
        assertTrue(copiesAdjacentInNetOrder, "the test would not tell the two orders apart otherwise");
    }

    @Test
    void aPlacementFileSaysWhichSitesAreNeighbours() throws Exception {
        String file = "# one row across replicas: a layout that interleaves the copies\n"
                + "$tmr$A$q0 $tmr$B$q0 $tmr$C$q0\n\n  $tmr$A$q1 $tmr$A$q2   # a second row\n";
        Optional<dev.tmrkit.circuits.faults.Adjacency> rows = Optional.of(AdjacencyReader.read("rows.txt", new StringReader(file)));
        CampaignSpec spec = CampaignSpec.builder().faults(FaultModel.SEU).multi(2).adjacency(rows).build();
        List<List<String>> names = new ArrayList<>();
        for (List<Fault> set : CampaignPlan.of(TMR_COUNTER, spec, 1).faultSets()) {
            names.add(set.stream().map(f -> TMR_COUNTER.netName(f.site().net(TMR_COUNTER))).toList());
        }
        assertEquals(List.of(List.of("$tmr$A$q0", "$tmr$B$q0"), List.of("$tmr$B$q0", "$tmr$C$q0"),
                List.of("$tmr$A$q1", "$tmr$A$q2")), names, "windows of 2 within each row, never across rows");
    }

    @Test
    void placementErrorsNameTheirPosition() throws Exception {
        var bad = AdjacencyReader.read("rows.txt", new StringReader("$tmr$A$q0\n  nosuch $tmr$A$q1\n"));
        CampaignSpec spec = CampaignSpec.builder().faults(FaultModel.SEU).multi(2).adjacency(Optional.of(bad)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CampaignPlan.of(TMR_COUNTER, spec, 1));
        assertTrue(e.getMessage().startsWith("rows.txt:2:3: 'nosuch' is not a flip-flop"), e.getMessage());
        var twice = AdjacencyReader.read("rows.txt", new StringReader("$tmr$A$q0 $tmr$A$q1\n$tmr$A$q0\n"));
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class, () -> CampaignPlan.of(TMR_COUNTER,
                CampaignSpec.builder().faults(FaultModel.SEU).multi(2).adjacency(Optional.of(twice)).build(), 1));
        assertTrue(t.getMessage().startsWith("rows.txt:2:1: '$tmr$A$q0' is placed twice (first at 1:1)"), t.getMessage());
        ParseException empty = assertThrows(ParseException.class, () -> AdjacencyReader.read("e.txt", new StringReader("# nothing\n")));
        assertEquals(1, empty.line());
        ParseException control = assertThrows(ParseException.class, () -> AdjacencyReader.read("c.txt", new StringReader("a b\u0007\n")));
        assertEquals(4, control.column());
        assertFalse(CampaignSpec.builder().faults(FaultModel.SEU).multi(2).build().adjacency().isPresent());
        assertThrows(IllegalArgumentException.class, () -> CampaignSpec.builder().faults(FaultModel.SEU).multi(1)
                .adjacency(Optional.of(bad)).build(), "a placement with single upsets cannot take effect");
    }

    @Test
    void stuckAtFaultsTakeNoCycle() {
        assertThrows(IllegalArgumentException.class, () -> CampaignSpec.builder().cycle(java.util.OptionalInt.of(3)).build());
        assertThrows(IllegalArgumentException.class, () -> CampaignSpec.builder().cycle(java.util.OptionalInt.empty()).build());
    }
}
