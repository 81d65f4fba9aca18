package dev.tmrkit.gates.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.LaneMask;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {
    /** y = a AND b, where a also feeds output z directly: a has a stem and two branches. */
    private final Netlist andFan = Netlist.builder("fan").input("a").input("b").output("y").output("z")
            .gate(GateType.AND, "y", "a", "b").gate(GateType.BUF, "z", "a").build();

    private long[] run(List<? extends dev.tmrkit.gates.fault.Fault> faults) {
        Simulation s = CompiledEvaluator.compile(andFan).newSimulation(1).setFaults(faults);
        Patterns.loadExhaustive(s, 0);
        s.evaluate();
        return new long[] {s.output(0, 0) & 0xF, s.output(1, 0) & 0xF};
    }

    @Test
    void exhaustivePatternsPutTheFirstInputInTheMostSignificantBit() {
        // patterns 0..3 = ab 00, 01, 10, 11: y is 1 only in pattern 3, z (=a) in patterns 2 and 3
        assertEquals(0b1000, run(List.of())[0]);
        assertEquals(0b1100, run(List.of())[1]);
    }

    @Test
    void aStemFaultIsSeenByEveryReaderButABranchFaultByOneOnly() {
        int a = andFan.netId("a");
        long[] stem = run(List.of(StuckAt.sa1(new Site.Stem(a))));
        assertEquals(0b1010, stem[0]);
        assertEquals(0b1111, stem[1]);
        long[] branch = run(List.of(StuckAt.sa1(new Site.Branch(andFan.driver(andFan.netId("y")), 0))));
        assertEquals(0b1010, branch[0]);
        assertEquals(0b1100, branch[1], "the other branch of a is unaffected");
        long[] port = run(List.of(StuckAt.sa0(new Site.Port(1))));
        assertEquals(0b1000, port[0]);
        assertEquals(0, port[1]);
    }

    @Test
    void aFlipInvertsOnlyTheChosenLanes() {
        long[] flipped = run(List.of(new BitFlip(new Site.Stem(andFan.netId("y")), 0, LaneMask.of(0, 3))));
        assertEquals(0b0001, flipped[0]);
    }

    @Test
    void flipFlopsHoldStatePerLaneAndAnUpsetPersistsUntilOverwritten() {
        // a toggle flip-flop with enable: q' = q XOR en
        Netlist t = Netlist.builder("t").input("en").output("q")
                .gate(GateType.XOR, "d", "q", "en").dff("q", "d").build();
        Simulation s = CompiledEvaluator.compile(t).newSimulation(1);
        s.setInput(0, 0, 0b10L); // lane 1 toggles every cycle, lane 0 holds
        long[] seen = new long[4];
        for (int c = 0; c < 4; c++) {
            s.evaluate();
            seen[c] = s.output(0, 0) & 0b11;
            s.clock();
        }
        assertEquals(List.of(0L, 2L, 0L, 2L), List.of(seen[0], seen[1], seen[2], seen[3]));
        // an SEU on q in cycle 1 flips the stored bit; with en=0 it stays flipped
        s.reset().setFaults(List.of(BitFlip.at(new Site.Stem(t.netId("q")), 1)));
        s.setInput(0, 0, 0L);
        for (int c = 0; c < 4; c++) {
            s.evaluate();
            seen[c] = s.output(0, 0) & 1;
            s.clock();
        }
        assertEquals(List.of(0L, 1L, 1L, 1L), List.of(seen[0], seen[1], seen[2], seen[3]));
    }
}
