package dev.tmrkit.gates.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The voter netlist as a specification: its truth table, its shape, and its use inside other netlists. */
class MajorityVoterTest {

    /** Majority stated independently of the gate formula: at least two of the three inputs are 1. */
    private static boolean atLeastTwoOnes(boolean... bits) {
        int ones = 0;
        for (boolean bit : bits) {
            ones += bit ? 1 : 0;
        }
        return ones >= 2;
    }

    private static boolean[] row(int pattern) {
        return new boolean[] {(pattern & 1) != 0, (pattern & 2) != 0, (pattern & 4) != 0};
    }

    @Test
    void truthTableIsMajorityOnAllEightRows() {
        ReferenceEvaluator eval = new ReferenceEvaluator(MajorityVoter.netlist());
        for (int pattern = 0; pattern < 8; pattern++) {
            boolean[] in = row(pattern);
            boolean[] out = eval.evaluate(in);
            assertEquals(1, out.length);
            assertEquals(atLeastTwoOnes(in), out[0], "row a,b,c = " + in[0] + "," + in[1] + "," + in[2]);
        }
    }

    @Test
    void scalarVoteIsMajorityOnAllEightRows() {
        for (int pattern = 0; pattern < 8; pattern++) {
            boolean[] in = row(pattern);
            assertEquals(atLeastTwoOnes(in), MajorityVoter.vote(in[0], in[1], in[2]), "row " + pattern);
        }
    }

    @Test
    void portsAreABCAndR() {
        Netlist voter = MajorityVoter.netlist();
        assertEquals(List.of("a", "b", "c"), voter.inputNames());
        assertEquals(List.of("r"), voter.outputNames());
        assertTrue(voter.findNet("ab").isPresent() && voter.findNet("bc").isPresent() && voter.findNet("ac").isPresent());
    }

    @Test
    void structureIsThreeTwoInputAndsAndOneThreeInputOr() {
        Netlist voter = MajorityVoter.netlist();
        assertEquals(MajorityVoter.GATE_COUNT, voter.gateCount());
        int and2 = 0;
        int or3 = 0;
        for (Gate g : voter.gates()) {
            if (g.type() == GateType.AND && g.arity() == 2) {
                and2++;
            } else if (g.type() == GateType.OR && g.arity() == 3) {
                or3++;
            }
        }
        assertEquals(3, and2, "2-input ANDs");
        assertEquals(1, or3, "3-input ORs");
        assertEquals(2, voter.depth());
        assertTrue(!voter.isSequential());
    }

    @Test
    void instantiatePutsInternalNetsUnderThePrefix() {
        NetlistBuilder b = Netlist.builder("host").input("x").input("y").input("z").output("v");
        String out = MajorityVoter.instantiate(b, "x", "y", "z", "v", "$tmr$voter$3");
        assertEquals("v", out);
        Netlist host = b.build();
        assertEquals(List.of("$tmr$voter$3$ab", "$tmr$voter$3$bc", "$tmr$voter$3$ac"),
                MajorityVoter.internalNets("$tmr$voter$3"));
        for (String net : MajorityVoter.internalNets("$tmr$voter$3")) {
            assertTrue(host.findNet(net).isPresent(), net);
        }
        assertEquals(4, host.gateCount());
        assertEquals(MajorityVoter.netlist().netCount(), host.netCount());
    }

    @Test
    void instantiatedVoterVotes() {
        // Two voters in one host, sharing inputs: distinct prefixes keep them apart.
        NetlistBuilder b = Netlist.builder("host").input("x").input("y").input("z").output("v1").output("v2");
        MajorityVoter.instantiate(b, "x", "y", "z", "v1", "$v$1");
        MajorityVoter.instantiate(b, "z", "x", "y", "v2", "$v$2");
        ReferenceEvaluator eval = new ReferenceEvaluator(b.build());
        for (int pattern = 0; pattern < 8; pattern++) {
            boolean[] in = row(pattern);
            boolean[] out = eval.evaluate(in);
            assertEquals(atLeastTwoOnes(in), out[0]);
            assertEquals(atLeastTwoOnes(in), out[1]);
        }
    }

    @Test
    void prefixOutsideTheGeneratedNamespaceIsRejected() {
        NetlistBuilder b = Netlist.builder("host").input("x").input("y").input("z").output("v");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MajorityVoter.instantiate(b, "x", "y", "z", "v", "voter1"));
        assertTrue(e.getMessage().contains("'$'"), e.getMessage());
    }

    @Test
    void reusedPrefixIsRejected() {
        NetlistBuilder b = Netlist.builder("host").input("x").input("y").input("z").output("v").output("w");
        MajorityVoter.instantiate(b, "x", "y", "z", "v", "$v");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MajorityVoter.instantiate(b, "x", "y", "z", "w", "$v"));
        assertTrue(e.getMessage().contains("$v$ab"), e.getMessage());
    }
}
