package dev.tmrkit.circuits.faults;

import dev.tmrkit.circuits.io.CorpusNetlists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Transient flip universes: counts, adjacency, distinctness and replay from a seed. */
class FlipSitesTest {
    private final Netlist s27 = CorpusNetlists.bench("iscas89", "s27");

    @Test
    void everyNetAndEveryRegisterIsASite() {
        assertEquals(s27.netCount(), FlipSites.nets(s27).size());
        List<Site> regs = FlipSites.registers(s27);
        assertEquals(3, regs.size());
        int[] dffs = s27.dffGates();
        for (int k = 0; k < dffs.length; k++) {
            assertEquals(new Site.Stem(s27.gate(dffs[k]).output()), regs.get(k));
            assertEquals(GateType.DFF, s27.gate(s27.driver(((Site.Stem) regs.get(k)).net())).type());
        }
        assertEquals(Set.copyOf(FlipSites.nets(s27)).size(), s27.netCount());
    }

    @Test
    void singleFlipsAtAChosenCycle() {
        List<List<Fault>> sets = FlipSites.single(FlipSites.nets(s27), FlipCycle.at(4), 0);
        assertEquals(s27.netCount(), sets.size());
        for (int net = 0; net < sets.size(); net++) {
            assertEquals(List.of(BitFlip.at(new Site.Stem(net), 4)), sets.get(net));
        }
    }

    @Test
    void randomCyclesAreInRangeAndReplayFromTheSeed() {
        List<Site> sites = FlipSites.nets(s27);
        List<List<Fault>> a = FlipSites.single(sites, FlipCycle.uniform(10), 99);
        assertEquals(a, FlipSites.single(sites, FlipCycle.uniform(10), 99));
        assertNotEquals(a, FlipSites.single(sites, FlipCycle.uniform(10), 100));
        Set<Integer> cycles = new HashSet<>();
        for (List<Fault> set : a) {
            int c = ((BitFlip) set.get(0)).cycle();
            assertTrue(c >= 0 && c < 10);
            cycles.add(c);
        }
        assertTrue(cycles.size() > 1, "cycles vary");
    }

    @Test
    void adjacentUpsetsSlideAWindowOverTheSiteOrder() {
        List<Site> regs = FlipSites.registers(s27);
        List<List<Fault>> pairs = FlipSites.adjacent(regs, 2, FlipCycle.at(1), 0);
        assertEquals(List.of(
                List.of(BitFlip.at(regs.get(0), 1), BitFlip.at(regs.get(1), 1)),
                List.of(BitFlip.at(regs.get(1), 1), BitFlip.at(regs.get(2), 1))), pairs);
        assertEquals(1, FlipSites.adjacent(regs, 3, FlipCycle.at(0), 0).size());
        assertEquals(0, FlipSites.adjacent(regs, 4, FlipCycle.at(0), 0).size());
        List<Site> nets = FlipSites.nets(s27);
        List<List<Fault>> triples = FlipSites.adjacent(nets, 3, FlipCycle.uniform(5), 3);
        assertEquals(nets.size() - 2, triples.size());
        for (List<Fault> set : triples) {
            assertEquals(3, set.size());
            Set<Integer> c = new HashSet<>();
            for (Fault f : set) {
                c.add(((BitFlip) f).cycle());
            }
            assertEquals(1, c.size(), "one strike, one cycle");
        }
    }

    @Test
    void scatteredUpsetsHaveKDistinctSitesAndReplay() {
        List<Site> nets = FlipSites.nets(s27);
        List<List<Fault>> sets = FlipSites.scattered(nets, 4, 200, FlipCycle.uniform(3), 5);
        assertEquals(200, sets.size());
        for (List<Fault> set : sets) {
            assertEquals(4, set.size());
            assertEquals(4, new HashSet<>(set.stream().map(Fault::site).toList()).size(), "distinct sites");
            int last = -1;
            for (Fault f : set) {
                int at = nets.indexOf(f.site());
                assertTrue(at > last, "site order within a set");
                last = at;
            }
        }
        assertEquals(sets, FlipSites.scattered(nets, 4, 200, FlipCycle.uniform(3), 5));
        assertNotEquals(sets, FlipSites.scattered(nets, 4, 200, FlipCycle.uniform(3), 6));
        assertEquals(nets.size(), FlipSites.scattered(nets, nets.size(), 1, FlipCycle.at(0), 0).get(0).size());
    }

    @Test
    void rejectsImpossibleRequests() {
        List<Site> regs = FlipSites.registers(s27);
        assertThrows(IllegalArgumentException.class, () -> FlipSites.scattered(regs, 4, 1, FlipCycle.at(0), 0));
        assertThrows(IllegalArgumentException.class, () -> FlipSites.adjacent(regs, 0, FlipCycle.at(0), 0));
        assertThrows(IllegalArgumentException.class, () -> FlipCycle.at(-1));
        assertThrows(IllegalArgumentException.class, () -> FlipCycle.uniform(0));
    }
}
