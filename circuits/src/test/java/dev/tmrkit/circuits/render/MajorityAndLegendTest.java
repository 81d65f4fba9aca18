package dev.tmrkit.circuits.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.probe.FaultCone;
import dev.tmrkit.circuits.probe.FaultSpec;
import dev.tmrkit.circuits.probe.InputVector;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Majority voters as one MAJ node, the legend on every diagram, and ports in declared order. */
class MajorityAndLegendTest {
    private static final Netlist C17 = BuiltinCircuits.byName("c17").orElseThrow();
    private static final Netlist TMR_C17 = new TmrPass(TmrOptions.defaults()).apply(C17);

    @Test
    void aVoterIsOneMajNodeReadingTheThreeReplicasOnce() {
        Diagram folded = Diagram.of(TMR_C17, DiagramOptions.defaults());
        Diagram expanded = Diagram.of(TMR_C17, DiagramOptions.defaults().withExpandVoters(true));
        Dot d = new Dot(DotWriter.write(folded));
        for (String out : List.of("22", "23")) {
            String id = ElementIds.elementId(out);
            assertTrue(d.nodes.get(id).attr("label").contains("<B>≥2<BR/>MAJ</B>"), d.nodes.get(id).attr("label"));
            assertEquals("2", d.nodes.get(id).attr("peripheries"));
            Set<String> from = d.edges.stream().filter(e -> e.to().equals(id)).map(Dot.Edge::from).collect(Collectors.toSet());
            assertEquals(Set.of("$tmr$A$" + out, "$tmr$B$" + out, "$tmr$C$" + out).stream().map(ElementIds::elementId)
                    .collect(Collectors.toSet()), from, "the three replica copies, each once");
            assertEquals(3, d.edges.stream().filter(e -> e.to().equals(id)).count());
            for (String pair : List.of("ab", "bc", "ac")) {
                String term = "$tmr$reduce$" + out + "$" + pair;
                assertFalse(d.nodes.containsKey(ElementIds.elementId(term)), term + " is folded");
                assertEquals(id, folded.elementOf(term).orElseThrow(), "a term is drawn as its voter");
                assertEquals(ElementIds.elementId(term), expanded.elementOf(term).orElseThrow());
            }
        }
        long voterGates = TMR_C17.gates().stream().filter(g -> g.type() == GateType.AND || g.type() == GateType.OR)
                .filter(g -> TMR_C17.netName(g.output()).startsWith("$tmr$reduce$") || Set.of("22", "23").contains(TMR_C17.netName(g.output())))
                .count();
        assertEquals(8, voterGates, "two voters of three ANDs and an OR");
        assertEquals(expanded.gateCount() - 8 + 2, folded.gateCount());
    }

    @Test
    void aFaultInsideAFoldedVoterMarksItsMajNode() {
        boolean[] v = InputVector.parse(TMR_C17, "00000");
        FaultCone cone = FaultCone.forVector(TMR_C17, FaultSpec.parse(TMR_C17, "$tmr$reduce$22$ab=sa1"), v);
        Dot d = new Dot(DotWriter.write(Diagram.of(TMR_C17, DiagramOptions.defaults().withFault(cone))));
        assertEquals(DotWriter.RED, d.nodes.get(ElementIds.elementId("22")).attr("color"), "the site is inside this voter");
        assertEquals(null, d.nodes.get(ElementIds.elementId("23")).attr("color"));
    }

    @Test
    void everyDiagramHasALegendListingExactlyTheMarksItShows() {
        String plain = DotWriter.write(Diagram.of(C17, DiagramOptions.defaults()));
        String tmr = DotWriter.write(Diagram.of(TMR_C17, DiagramOptions.defaults()));
        String gates = DotWriter.write(Diagram.of(TMR_C17, DiagramOptions.defaults().withExpandVoters(true)));
        boolean[] v = InputVector.parse(C17, "11011");
        String fault = DotWriter.write(Diagram.of(C17, DiagramOptions.defaults()
                .withFault(FaultCone.forVector(C17, FaultSpec.parse(C17, "11=sa0"), v))));
        String counter = DotWriter.write(Diagram.of(BuiltinCircuits.byName("counter:2").orElseThrow(), DiagramOptions.defaults()));
        for (String text : List.of(plain, tmr, gates, fault, counter)) {
            assertTrue(text.contains("<TABLE ID=\"legend\""), "a legend");
            assertTrue(text.contains("○ at an output: inverted"), "every one of these has an inverting gate");
        }
        assertFalse(plain.contains("majority voter") || plain.contains("fault site") || plain.contains("replica"), plain);
        assertTrue(tmr.contains("majority voter (blue, double frame)") && tmr.contains("the gates of one replica")
                && tmr.contains("grey: names the tool generated"));
        assertFalse(tmr.contains("gate of a majority voter"));
        assertTrue(gates.contains("gate of a majority voter (blue, double frame)") && !gates.contains("≥2 MAJ"));
        assertTrue(fault.contains("fault site (red)") && fault.contains("nets the fault changes (orange)")
                && fault.contains("value of the net"));
        assertTrue(counter.contains("1D&#160;►C1 D flip-flop") && !plain.contains("flip-flop"));
        assertFalse(counter.contains("▷"), "a glyph the usual sans fonts (Liberation, Arial) lack");
    }

    @Test
    void portsAreChainedInDeclaredOrder() {
        Netlist counter = new TmrPass(TmrOptions.defaults().withScope(TmrOptions.Scope.REGISTERS))
                .apply(BuiltinCircuits.byName("counter:4").orElseThrow());
        Dot d = new Dot(DotWriter.write(Diagram.of(counter, DiagramOptions.defaults())));
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        for (int k = 0; k < counter.inputCount(); k++) {
            inputs.add(ElementIds.elementId(counter.inputNames().get(k)));
        }
        for (int k = 0; k < counter.outputCount(); k++) {
            outputs.add(ElementIds.portId(counter.outputNames().get(k), k));
        }
        List<String> chain = new ArrayList<>();
        for (Dot.Edge e : d.orderEdges) {
            chain.add(e.from() + ">" + e.to());
        }
        List<String> expected = new ArrayList<>();
        for (List<String> ports : List.of(inputs, outputs)) {
            for (int k = 1; k < ports.size(); k++) {
                expected.add(ports.get(k - 1) + ">" + ports.get(k));
            }
        }
        assertEquals(expected, chain);
    }
}
