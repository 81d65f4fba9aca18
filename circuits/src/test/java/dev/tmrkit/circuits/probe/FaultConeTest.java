package dev.tmrkit.circuits.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.Patterns;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The nets a fault changes, against the reference evaluator net by net. */
class FaultConeTest {
    private static final Netlist C17 = BuiltinCircuits.byName("c17").orElseThrow();

    @Test
    void forOneVectorItIsExactlyTheNetsTheReferenceSeeChange() {
        Reference ref = new Reference(C17);
        List<Fault> faults = new ArrayList<>(FaultLists.allStuckAt(C17));
        for (int net = 0; net < C17.netCount(); net++) {
            faults.add(BitFlip.at(new Site.Stem(net), 0));
        }
        for (long p = 0; p < 32; p++) {
            boolean[] v = vector(5, p);
            for (Fault f : faults) {
                FaultCone cone = FaultCone.forVector(C17, f, v);
                assertEquals(ref.changed(v, f), cone.differing(), f.describe(C17) + " at " + InputVector.format(v));
                assertEquals(cone.size(), cone.differing().cardinality());
            }
        }
    }

    @Test
    void overAllPatternsItIsTheUnionOfThePerVectorCones() {
        Reference ref = new Reference(C17);
        for (Fault f : FaultLists.allStuckAt(C17)) {
            BitSet union = new BitSet();
            for (long p = 0; p < 32; p++) {
                union.or(ref.changed(vector(5, p), f));
            }
            FaultCone cone = FaultCone.overPatterns(C17, f, 1);
            assertEquals(union, cone.differing(), f.describe(C17));
            assertEquals("all 32 input combinations", cone.patterns());
            assertTrue(cone.good().isEmpty());
        }
    }

    @Test
    void aStuckAtEqualToTheValueChangesNothingAndABranchFaultChangesOnlyDownstream() {
        boolean[] v = InputVector.parse(C17, "10110");
        int n11 = C17.netId("11");
        // 11 = NAND(3, 6) = NAND(1, 1) = 0
        assertEquals(0, FaultCone.forVector(C17, StuckAt.sa0(new Site.Stem(n11)), v).size());
        FaultCone stem = FaultCone.forVector(C17, StuckAt.sa1(new Site.Stem(n11)), v);
        assertTrue(stem.differs(n11));
        Fault branch = FaultSpec.parse(C17, "11>19.0=sa1");
        FaultCone cone = FaultCone.forVector(C17, branch, v);
        assertFalse(cone.differs(n11), "a branch fault leaves the net itself alone");
        assertEquals(new Reference(C17).changed(v, branch), cone.differing());
    }

    @Test
    void triplicatedInputsAreDrivenAlikeSoAReplicaFaultNeverReachesTheVotedOutput() {
        Netlist tmr = new TmrPass(TmrOptions.defaults().withInputs(TmrOptions.InputMode.TRIPLICATED))
                .apply(C17);
        assertEquals(15, tmr.inputCount());
        Fault f = FaultSpec.parse(tmr, "$tmr$B$16=sa0");
        FaultCone cone = FaultCone.overPatterns(tmr, f, 1);
        assertEquals("all 32 input combinations", cone.patterns(), "five logical inputs, not fifteen");
        assertTrue(cone.differs(tmr.netId("$tmr$B$22")));
        assertFalse(cone.differs(tmr.netId("22")));
        assertFalse(cone.portDiffers(0));
        assertFalse(cone.differs(tmr.netId("$tmr$A$22")));
    }

    @Test
    void wideCircuitsUseSeededRandomPatterns() {
        Netlist adder = BuiltinCircuits.byName("ripple-adder:16").orElseThrow();
        Fault f = FaultSpec.parse(adder, "a0=sa0");
        FaultCone cone = FaultCone.overPatterns(adder, f, 7);
        assertEquals(FaultCone.RANDOM_PATTERNS + " random patterns (seed 7)", cone.patterns());
        assertTrue(cone.differs(adder.netId("s0")) && cone.differs(adder.netId("s1")), "bit 0 and, through the carry, bit 1");
        assertEquals(cone.differing(), FaultCone.overPatterns(adder, f, 7).differing());
    }

    static boolean[] vector(int inputs, long pattern) {
        boolean[] v = new boolean[inputs];
        for (int i = 0; i < inputs; i++) {
            v[i] = Patterns.exhaustiveBit(i, inputs, pattern);
        }
        return v;
    }
}
