package dev.tmrkit.circuits.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;
import org.junit.jupiter.api.Test;

/** Input vectors and fault specs as users type them, and what is wrong with the ones that are wrong. */
class ParsersTest {
    private static final Netlist C17 = BuiltinCircuits.byName("c17").orElseThrow();

    @Test
    void faultsOnStemsBranchesAndPortsReadAsReportsPrintThem() {
        assertEquals(StuckAt.sa0(new Site.Stem(C17.netId("16"))), FaultSpec.parse(C17, "16=sa0"));
        assertEquals(StuckAt.sa1(new Site.Stem(C17.netId("16"))), FaultSpec.parse(C17, "16=SA1"));
        assertEquals(BitFlip.at(new Site.Stem(C17.netId("1")), 0), FaultSpec.parse(C17, "1=flip"));
        Fault branch = FaultSpec.parse(C17, "11>19.0=sa1");
        assertEquals("11>19.0 sa1", branch.describe(C17));
        Fault port = FaultSpec.parse(C17, "23>OUTPUT#1=sa0");
        assertEquals(StuckAt.sa0(new Site.Port(1)), port);
        Netlist odd = Netlist.builder("odd").input("a>b.0").output("y").gate(dev.tmrkit.gates.GateType.NOT, "y", "a>b.0").build();
        assertEquals(new Site.Stem(odd.netId("a>b.0")), FaultSpec.parse(odd, "a>b.0=sa0").site(), "a whole name wins");
    }

    @Test
    void badFaultSpecsSayWhatIsWrong() {
        assertMessage("expected NET=sa0, NET=sa1 or NET=flip", () -> FaultSpec.parse(C17, "16"));
        assertMessage("'sa2' is not a fault kind", () -> FaultSpec.parse(C17, "16=sa2"));
        assertMessage("'c17' has no net named '99'", () -> FaultSpec.parse(C17, "99=sa0"));
        assertMessage("pin 1 of gate '19' does not read net '11'", () -> FaultSpec.parse(C17, "11>19.1=sa0"));
        assertMessage("output port 0 does not show net '23'", () -> FaultSpec.parse(C17, "23>OUTPUT#0=sa0"));
    }

    @Test
    void vectorsHaveOneBitPerInputOrPerTriplicatedInput() {
        assertArrayEquals(new boolean[] {true, false, true, true, false}, InputVector.parse(C17, "10110"));
        assertEquals("10110", InputVector.format(InputVector.parse(C17, "10110")));
        Netlist tmr = new TmrPass(TmrOptions.defaults().withInputs(TmrOptions.InputMode.TRIPLICATED)).apply(C17);
        boolean[] tied = InputVector.parse(tmr, "10110");
        assertEquals(15, tied.length);
        for (int i = 0; i < 15; i++) {
            String name = tmr.netName(tmr.input(i));
            String original = name.substring(name.lastIndexOf('$') + 1);
            assertEquals(tied[i], InputVector.parse(C17, "10110")[C17.inputNames().indexOf(original)], name);
        }
        assertEquals(15, InputVector.parse(tmr, "101101011010110").length);
        assertMessage("has 4 bits, but 'c17' has 5 inputs: 1, 2, 3, 6, 7", () -> InputVector.parse(C17, "1011"));
        assertMessage("character 3 is 'x'", () -> InputVector.parse(C17, "10x10"));
        assertMessage("has 15 (or 5, one per triplicated input) inputs", () -> InputVector.parse(tmr, "1011"));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        org.junit.jupiter.api.Assertions.assertTrue(ex.getMessage().contains(part), ex.getMessage());
    }
}
