package dev.tmrkit.circuits.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.CorpusNetlists;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.probe.FaultCone;
import dev.tmrkit.circuits.probe.FaultSpec;
import dev.tmrkit.circuits.probe.InputVector;
import dev.tmrkit.circuits.probe.NetValues;
import dev.tmrkit.circuits.probe.Reference;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import dev.tmrkit.gates.fault.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The structure of diagrams, read back from their DOT text. */
class DiagramTest {
    private static final Netlist C17 = BuiltinCircuits.byName("c17").orElseThrow();
    private static final Netlist TMR_C17 = new TmrPass(TmrOptions.defaults()).apply(C17);

    private static Dot dot(Netlist n, DiagramOptions o) {
        return new Dot(DotWriter.write(Diagram.of(n, o)));
    }

    @Test
    void eachReplicaHasAClusterHoldingExactlyItsGates() {
        Dot d = dot(TMR_C17, DiagramOptions.defaults());
        assertEquals(List.of("cluster_A", "cluster_B", "cluster_C"), List.copyOf(d.clusterLabels.keySet()));
        assertEquals("replica B", d.clusterLabels.get("cluster_B"));
        for (Dot.Node node : d.nodes.values()) {
            String name = netOf(TMR_C17, node.id());
            if (name == null) {
                assertNull(node.cluster(), node.id());
                continue;
            }
            TmrRoles.Role role = TmrRoles.roleOf(name);
            boolean replicaGate = role.region() == TmrRoles.Region.REPLICA && TMR_C17.driver(TMR_C17.netId(name)) >= 0;
            assertEquals(replicaGate ? "cluster_" + role.replica().orElseThrow() : null, node.cluster(), name);
        }
        assertEquals(18, d.nodes.values().stream().filter(n -> n.cluster() != null).count());
    }

    @Test
    void triplicatedVotersSitInTheClusterOfTheReplicaThatReadsThemSingleVotersOutside() {
        for (TmrOptions.VoterMode mode : TmrOptions.VoterMode.values()) {
            Netlist tmr = new TmrPass(TmrOptions.defaults().withScope(TmrOptions.Scope.GATES).withVoters(mode)).apply(C17);
            Dot d = dot(tmr, DiagramOptions.defaults().withExpandVoters(true));
            int voters = 0;
            for (Dot.Node node : d.nodes.values()) {
                String name = netOf(tmr, node.id());
                TmrRoles.Role role = TmrRoles.roleOf(name);
                if (role.region() == TmrRoles.Region.VOTER) {
                    voters++;
                    assertEquals(role.replica().map(r -> "cluster_" + r).orElse(null), node.cluster(), name);
                    assertEquals(mode == TmrOptions.VoterMode.TRIPLICATED, role.replica().isPresent(), name);
                }
            }
            assertEquals((mode == TmrOptions.VoterMode.TRIPLICATED ? 3 : 1) * 4 * 4, voters, "voters of 10, 11, 16, 19");
            Dot folded = dot(tmr, DiagramOptions.defaults());
            int majority = 0;
            for (Dot.Node node : folded.nodes.values()) {
                String name = netOf(tmr, node.id());
                TmrRoles.Role role = TmrRoles.roleOf(name);
                if (role.region() == TmrRoles.Region.VOTER) {
                    majority++;
                    assertTrue(node.attr("label").contains("≥2<BR/>MAJ"), node.attr("label"));
                    assertEquals(role.replica().map(r -> "cluster_" + r).orElse(null), node.cluster(), name);
                }
            }
            assertEquals((mode == TmrOptions.VoterMode.TRIPLICATED ? 3 : 1) * 4, majority, "one MAJ node per voter");
        }
    }

    @Test
    void votersAreDoubleFramedInColumnsOfTheirOwnAndEveryColumnIsOneLogicLevel() {
        Dot d = dot(TMR_C17, DiagramOptions.defaults().withExpandVoters(true));
        int voterColumns = 0;
        for (Dot.Rank rank : d.ranks) {
            if (!rank.kind().equals("same")) {
                continue;
            }
            Set<Integer> levels = new HashSet<>();
            Set<Boolean> voter = new HashSet<>();
            for (String id : rank.ids()) {
                int net = TMR_C17.netId(netOf(TMR_C17, id));
                levels.add(TMR_C17.level(net));
                TmrRoles.Region r = TmrRoles.regionOf(TMR_C17, net);
                voter.add(r == TmrRoles.Region.VOTER || r == TmrRoles.Region.REDUCTION_VOTER);
                assertEquals(voter.contains(true) ? "2" : null, d.nodes.get(id).attr("peripheries"), id);
            }
            assertEquals(1, levels.size(), "one level per column: " + rank.ids());
            assertEquals(1, voter.size(), "voters never share a column with other gates: " + rank.ids());
            voterColumns += voter.contains(true) ? 1 : 0;
        }
        assertEquals(2, voterColumns, "the reduction voters' AND terms, then their ORs");
        assertEquals(List.of("n_1", "n_2", "n_3", "n_6", "n_7"), d.ranks.get(0).ids());
        assertEquals("source", d.ranks.get(0).kind());
        assertEquals("sink", d.ranks.get(d.ranks.size() - 1).kind());
    }

    @Test
    void generatedNetsAreNamedSmallAndGreyUserNetsPlainly() {
        Dot d = dot(TMR_C17, DiagramOptions.defaults());
        for (Dot.Node node : d.nodes.values()) {
            String name = netOf(TMR_C17, node.id());
            String label = node.attr("label");
            if (name.startsWith("$")) {
                assertTrue(label.contains("<FONT POINT-SIZE=\"7\" COLOR=\"#8c8c8c\">" + name + "</FONT>"), label);
            } else {
                assertFalse(label.contains("#8c8c8c"), label);
                assertTrue(label.contains(name), label);
            }
        }
        for (Dot.Edge e : d.edges) {
            boolean generated = netOf(TMR_C17, e.from()).startsWith("$");
            assertEquals(generated ? "#a0a0a0" : null, e.attr("color"), e.attr("id"));
        }
    }

    @Test
    void aFaultForAVectorIsRedAtItsSiteAndOrangeExactlyWhereTheReferenceSeesAChange() {
        boolean[] v = InputVector.parse(C17, "11011");
        Fault f = FaultSpec.parse(C17, "11=sa0");
        BitSet changed = new Reference(C17).changed(v, f);
        assertEquals(Set.of("11", "16", "19", "22", "23"), names(C17, changed), "the vector makes the fault visible");
        Dot d = dot(C17, DiagramOptions.defaults().withFault(FaultCone.forVector(C17, f, v)));
        for (Dot.Node node : d.nodes.values()) {
            String name = netOf(C17, node.id());
            String expected = name.equals("11") ? DotWriter.RED : changed.get(C17.netId(name)) ? DotWriter.ORANGE : null;
            assertEquals(expected, node.attr("color"), node.id());
        }
        for (Dot.Edge e : d.edges) {
            boolean differs = changed.get(C17.netId(netOf(C17, e.from())));
            assertEquals(differs ? DotWriter.ORANGE : null, e.attr("color"), e.attr("id"));
        }
        assertTrue(d.nodes.get("n_11").attr("label").contains("<B>1/0</B>"), "good/faulty value");
        assertTrue(d.nodes.get("n_10").attr("label").contains("<B>1</B>"));
    }

    @Test
    void aBranchFaultIsTheRedWireIntoItsGate() {
        boolean[] v = InputVector.parse(C17, "11011");
        Dot d = dot(C17, DiagramOptions.defaults().withFault(FaultCone.forVector(C17, FaultSpec.parse(C17, "11>19.0=sa1"), v)));
        List<Dot.Edge> red = d.edges.stream().filter(e -> DotWriter.RED.equals(e.attr("color"))).toList();
        assertEquals(1, red.size());
        assertEquals("n_11", red.get(0).from());
        assertEquals("n_19", red.get(0).to());
        assertNull(d.nodes.get("n_11").attr("color"));
    }

    @Test
    void valuesOfAVectorAreWrittenOnEveryNetAsTheReferenceComputesThem() {
        boolean[] v = InputVector.parse(C17, "01101");
        BitSet ones = new Reference(C17).ones(v, List.of());
        Diagram diagram = Diagram.of(C17, DiagramOptions.defaults().withValues(NetValues.of(C17, v)));
        for (DiagramNode node : diagram.nodes()) {
            if (node instanceof DiagramNode.Gate g) {
                assertEquals(ones.get(g.net()) ? "1" : "0", g.value().orElseThrow(), g.name());
            } else if (node instanceof DiagramNode.Input in) {
                assertEquals(ones.get(in.net()) ? "1" : "0", in.value().orElseThrow(), in.name());
            } else if (node instanceof DiagramNode.Output o) {
                assertEquals(ones.get(o.net()) ? "1" : "0", o.value().orElseThrow(), o.name());
            }
        }
        assertTrue(diagram.caption().contains("inputs 01101 (1 2 3 6 7)"), diagram.caption().toString());
    }

    @Test
    void theConeOfAnOutputIsItsFanInAndNothingElse() {
        Dot d = dot(C17, DiagramOptions.defaults().withCone("22"));
        Set<String> drawn = d.nodes.keySet().stream().map(id -> netOf(C17, id)).collect(Collectors.toSet());
        assertEquals(Set.of("1", "2", "3", "6", "10", "11", "16", "22"), drawn);
        assertTrue(d.nodes.containsKey("n_22-o0"));
        assertFalse(d.nodes.containsKey("n_23-o1"));
        for (Dot.Edge e : d.edges) {
            assertTrue(d.nodes.containsKey(e.from()) && d.nodes.containsKey(e.to()), e.attr("id"));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Diagram.of(C17, DiagramOptions.defaults().withCone("24")));
        assertEquals("'c17' has no net named '24'; its outputs are 22, 23", e.getMessage());
    }

    @Test
    void collapsedReplicasAreBoxesWiredToTheVoters() {
        Diagram diagram = Diagram.of(TMR_C17, DiagramOptions.defaults().withCollapseReplicas(true));
        Dot d = new Dot(DotWriter.write(diagram));
        assertEquals(List.of("cluster_A"), List.copyOf(d.clusterLabels.keySet()));
        assertEquals("box3d", d.nodes.get("replica-B").attr("shape"));
        assertTrue(d.nodes.get("replica-C").attr("label").contains("6 gates"));
        assertEquals(6 + 2 + 2, diagram.gateCount(), "replica A, the two reduction voters as MAJ nodes, two boxes");
        for (String box : List.of("replica-B", "replica-C")) {
            List<Dot.Edge> out = d.edgesFrom(box);
            assertEquals(2, out.size(), "each box feeds each of the two reduction voters once");
            for (Dot.Edge e : out) {
                assertEquals("2", d.nodes.get(e.to()).attr("peripheries"), "a voter");
            }
            assertEquals(Set.of("n_1", "n_2", "n_3", "n_6", "n_7"),
                    d.edges.stream().filter(e -> e.to().equals(box)).map(Dot.Edge::from).collect(Collectors.toSet()));
        }
        Netlist gates = new TmrPass(TmrOptions.defaults().withScope(TmrOptions.Scope.GATES)).apply(C17);
        Dot folded = dot(gates, DiagramOptions.defaults().withCollapseReplicas(true));
        assertEquals(List.of("cluster_A"), List.copyOf(folded.clusterLabels.keySet()), "voters B and C stand outside, wired to the boxes");
        assertTrue(folded.nodes.containsKey(ElementIds.elementId("$tmr$voteB$16")));
        assertEquals("replica-B", diagram.elementOf("$tmr$B$16").orElseThrow());
        assertEquals("n__0024tmr_0024A_002416", diagram.elementOf("$tmr$A$16").orElseThrow());
    }

    @Test
    void tooManyGatesIsRefusedWithBothNumbers() throws IOException {
        Netlist c7552 = CorpusNetlists.bench("iscas85", "c7552");
        DiagramTooLargeException e = assertThrows(DiagramTooLargeException.class,
                () -> Diagram.of(c7552, DiagramOptions.defaults()));
        assertEquals(c7552.gateCount(), e.gates());
        assertEquals(300, e.limit());
        assertEquals("'c7552' would draw " + c7552.gateCount() + " gates, more than the limit of 300", e.getMessage());
        Diagram cone = Diagram.of(c7552, DiagramOptions.defaults().withCone(c7552.outputNames().get(0)));
        assertTrue(cone.gateCount() <= 300, "one output's cone fits: " + cone.gateCount());
    }

    @Test
    void flipFlopsAreRegistersWhoseInputWireClosesALoop() {
        Netlist counter = BuiltinCircuits.byName("counter:2").orElseThrow();
        Dot d = dot(counter, DiagramOptions.defaults());
        int dffs = 0;
        for (Gate g : counter.gates()) {
            if (g.type() == GateType.DFF) {
                dffs++;
                String id = ElementIds.elementId(counter.netName(g.output()));
                assertTrue(d.nodes.get(id).attr("label").contains("1D<BR/>►C1"), d.nodes.get(id).attr("label"));
                long into = d.edges.stream().filter(e -> e.to().equals(id)).filter(e -> "false".equals(e.attr("constraint"))).count();
                assertEquals(1, into, "the D wire does not push the register rightwards");
            }
        }
        assertEquals(2, dffs);
    }

    @Test
    void aChainAHundredThousandGatesDeepIsDrawnWithoutRecursion() {
        int depth = 100_000;
        NetlistBuilder b = Netlist.builder("chain").input("x0").output("x" + depth);
        for (int i = 1; i <= depth; i++) {
            b.gate(i % 2 == 0 ? GateType.BUF : GateType.NOT, "x" + i, "x" + (i - 1));
        }
        Netlist chain = b.build();
        Diagram d = Diagram.of(chain, DiagramOptions.defaults().withCone("x" + depth).withMaxGates(depth));
        assertEquals(depth, d.gateCount());
        String text = DotWriter.write(d);
        assertTrue(text.contains("{ rank=same; \"n_x" + depth + "\"; }"));
        assertThrows(DiagramTooLargeException.class, () -> Diagram.of(chain, DiagramOptions.defaults()));
    }

    @Test
    void elementIdsEscapeEveryNameInjectively() {
        assertEquals("n_22", ElementIds.elementId("22"));
        assertEquals("n__0024tmr_0024A_002422", ElementIds.elementId("$tmr$A$22"));
        assertEquals("n_a_005fb", ElementIds.elementId("a_b"));
        assertEquals("n_x_22651", ElementIds.elementId("x≥1"));
        Set<String> ids = new HashSet<>();
        for (String name : List.of("a_b", "a_005fb", "a$b", "a_0024b", "a-b", "a b", "ab", "a__b")) {
            assertTrue(ids.add(ElementIds.elementId(name)), name);
            assertTrue(ElementIds.elementId(name).matches("n_[A-Za-z0-9_]+"), name);
        }
        assertEquals("n_22-e1", ElementIds.edgeId("22", 1));
        assertEquals("n_22-o0", ElementIds.portId("22", 0));
        assertEquals("n_22-eo0", ElementIds.portEdgeId("22", 0));
        assertEquals(ElementIds.elementId("16"), Diagram.elementId("16"));
    }

    @Test
    void everyIdInTheTextIsUnique() {
        String text = DotWriter.write(Diagram.of(TMR_C17, DiagramOptions.defaults()));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[id=\"([^\"]+)\"").matcher(text);
        Set<String> seen = new HashSet<>();
        while (m.find()) {
            assertTrue(seen.add(m.group(1)), m.group(1));
        }
        assertTrue(seen.containsAll(List.of("diagram", "cluster_A", "cluster_B", "cluster_C")));
        int termsFolded = 2 * 3;
        assertEquals(4 + TMR_C17.gateCount() - termsFolded + 5 + 2 + new Dot(text).edges.size(), seen.size());
    }

    /** The net a node id stands for (output ports stand for their net), or null for a replica box. */
    private static String netOf(Netlist n, String id) {
        String base = id.contains("-") ? id.substring(0, id.indexOf('-')) : id;
        for (int net = 0; net < n.netCount(); net++) {
            if (ElementIds.elementId(n.netName(net)).equals(base)) {
                return n.netName(net);
            }
        }
        return null;
    }

    private static Set<String> names(Netlist n, BitSet nets) {
        return nets.stream().mapToObj(n::netName).collect(Collectors.toSet());
    }

}
