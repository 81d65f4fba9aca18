package dev.tmrkit.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NetlistBuilderTest {

    private static Kinds kinds(NetlistException e) {
        return new Kinds(e.problems().stream().map(Problem::kind).collect(Collectors.toList()));
    }

    private record Kinds(List<Problem.Kind> kinds) {
    }

    @Test
    void aWellFormedNetlistBuildsAndKnowsItsStructure() {
        Netlist n = Netlist.builder("t")
                .input("a").input("b").output("y").output("a")
                .gate(GateType.NAND, "y", "x", "b")   // uses x before it is defined
                .gate(GateType.NOT, "x", "a")
                .build();
        assertEquals(List.of("a", "b"), n.inputNames());
        assertEquals(List.of("y", "a"), n.outputNames());
        assertEquals(2, n.depth());
        assertEquals(1, n.level(n.netId("x")));
        assertEquals(2, n.level(n.netId("y")));
        assertEquals(1, n.fanout(n.netId("a")));
        assertEquals(2, n.sinkCount(n.netId("a")), "an output port counts as a sink");
        int[] order = n.topologicalOrder();
        assertEquals("x", n.netName(n.gate(order[0]).output()));
        assertEquals(Map.of(GateType.NAND, 1, GateType.NOT, 1), n.stats().gateTypes());
    }

    @Test
    void buildReportsEveryProblemAtOnce() {
        NetlistException e = assertThrows(NetlistException.class, () -> Netlist.builder("bad")
                .input("a").input("a")
                .output("y")
                .gate(GateType.AND, "y", "a", "ghost")
                .gate(GateType.OR, "y", "a", "a")
                .gate(GateType.NOT, "z", "a", "a")
                .build());
        List<Problem.Kind> k = kinds(e).kinds();
        assertTrue(k.contains(Problem.Kind.DUPLICATE_NAME), k.toString());
        assertTrue(k.contains(Problem.Kind.UNDRIVEN_NET), k.toString());
        assertTrue(k.contains(Problem.Kind.MULTIPLE_DRIVERS), k.toString());
        assertTrue(k.contains(Problem.Kind.WRONG_ARITY), k.toString());
        assertTrue(e.getMessage().contains("ghost"));
        assertTrue(e.getMessage().contains("NOT takes 1 input"), e.getMessage());
    }

    @Test
    void aCombinationalCycleIsNamedNetByNet() {
        NetlistException e = assertThrows(NetlistException.class, () -> Netlist.builder("loop")
                .input("a").output("y")
                .gate(GateType.AND, "p", "a", "r")
                .gate(GateType.NOT, "q", "p")
                .gate(GateType.BUF, "r", "q")
                .gate(GateType.BUF, "y", "q")
                .build());
        Problem p = e.problems().get(0);
        assertEquals(Problem.Kind.COMBINATIONAL_CYCLE, p.kind());
        assertEquals(java.util.Set.of("p", "q", "r"), java.util.Set.copyOf(p.nets()));
        assertTrue(p.message().contains("p") && p.message().contains("->"), p.message());
    }

    @Test
    void aLoopThroughAFlipFlopIsFine() {
        Netlist n = Netlist.builder("toggle").output("q")
                .gate(GateType.NOT, "d", "q")
                .dff("q", "d")
                .build();
        assertEquals(1, n.stats().gates());
        assertEquals(1, n.stats().dffs());
        assertTrue(n.isSequential());
        assertEquals(0, n.level(n.netId("q")));
    }

    @Test
    void undrivenNetsCanBeTreatedAsInputs() {
        Netlist n = Netlist.builder("float").input("a").output("y")
                .gate(GateType.AND, "y", "a", "dangling")
                .undrivenAsInputs(true)
                .build();
        assertEquals(List.of("a", "dangling"), n.inputNames());
    }

    @Test
    void deepChainsLevelizeWithoutRecursion() {
        NetlistBuilder b = Netlist.builder("deep").input("n0");
        int depth = 100_000;
        for (int i = 1; i <= depth; i++) {
            b.gate(GateType.NOT, "n" + i, "n" + (i - 1));
        }
        b.output("n" + depth);
        Netlist n = b.build();
        assertEquals(depth, n.depth());
    }

    @Test
    void equalityIsStructuralByName() {
        Netlist a = Netlist.builder("a").input("x").input("y").output("z")
                .gate(GateType.NOT, "t", "y").gate(GateType.AND, "z", "x", "t").build();
        Netlist b = Netlist.builder("b").input("x").input("y").output("z")
                .gate(GateType.AND, "z", "x", "t").gate(GateType.NOT, "t", "y").build();
        Netlist c = Netlist.builder("c").input("x").input("y").output("z")
                .gate(GateType.AND, "z", "t", "x").gate(GateType.NOT, "t", "y").build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c, "pin order matters");
    }

    @Test
    void copyOfGivesAnEqualNetlist() {
        Netlist a = Netlist.builder("a").input("x").input("y").output("z").output("x")
                .gate(GateType.XOR, "z", "x", "q").dff("q", "z").build();
        assertEquals(a, NetlistBuilder.copyOf(a, "copy").build());
    }
}
