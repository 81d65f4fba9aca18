package dev.tmrkit.circuits.library;

import static dev.tmrkit.circuits.library.Vectors.builtin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The triplicated AND gate with triplicated voters: function, shape and single-fault masking. */
class TmrGateTest {
    private static final List<String> REPLICAS = List.of("g_A", "g_B", "g_C");

    @Test
    void everyOutputIsAAndB() {
        Netlist tmr = builtin("tmr-gate");
        assertEquals(List.of("a", "b"), tmr.inputNames());
        assertEquals(List.of("y_A", "y_B", "y_C"), tmr.outputNames());
        ReferenceEvaluator eval = new ReferenceEvaluator(tmr);
        for (int p = 0; p < 4; p++) {
            boolean[] in = Vectors.pattern(2, p);
            boolean y = in[0] && in[1];
            assertArrayEquals(new boolean[] {y, y, y}, eval.evaluate(in), "a,b = bits of " + p);
        }
    }

    @Test
    void threeGatesAndThreeVoters() {
        Netlist tmr = builtin("tmr-gate");
        Map<GateType, Integer> byType = new TreeMap<>();
        for (Gate g : tmr.gates()) {
            byType.merge(g.type(), 1, Integer::sum);
        }
        assertEquals(Map.of(GateType.AND, 3 + 3 * 3, GateType.OR, 3), byType);
        for (String replica : REPLICAS) {
            int net = tmr.netId(replica);
            assertEquals(GateType.AND, tmr.gate(tmr.driver(net)).type());
            assertEquals(6, tmr.fanout(net), replica + " feeds two AND pins of each of the three voters");
        }
    }

    @Test
    void voterInternalsAreInTheGeneratedNamespace() {
        Netlist tmr = builtin("tmr-gate");
        for (int net = 0; net < tmr.netCount(); net++) {
            String name = tmr.netName(net);
            boolean userNamed = tmr.isInput(net) || tmr.isOutput(net) || REPLICAS.contains(name);
            assertTrue(userNamed || name.startsWith("$"), name);
        }
    }

    @Test
    void aStuckReplicaIsMaskedAtEveryOutput() {
        Netlist tmr = builtin("tmr-gate");
        ReferenceEvaluator eval = new ReferenceEvaluator(tmr);
        for (String replica : REPLICAS) {
            for (boolean stuck : new boolean[] {false, true}) {
                List<Fault> fault = List.of(new StuckAt(new Site.Stem(tmr.netId(replica)), stuck));
                for (int p = 0; p < 4; p++) {
                    boolean[] in = Vectors.pattern(2, p);
                    boolean y = in[0] && in[1];
                    assertArrayEquals(new boolean[] {y, y, y}, eval.evaluate(in, fault, 0),
                            replica + " stuck at " + stuck + ", pattern " + p);
                }
            }
        }
    }

    @Test
    void aStuckVoterCorruptsOnlyItsOwnOutput() {
        Netlist tmr = builtin("tmr-gate");
        ReferenceEvaluator eval = new ReferenceEvaluator(tmr);
        boolean[] in = {true, true};
        for (int k = 0; k < 3; k++) {
            List<Fault> fault = List.of(StuckAt.sa0(new Site.Stem(tmr.output(k))));
            boolean[] out = eval.evaluate(in, fault, 0);
            for (int j = 0; j < 3; j++) {
                assertEquals(j != k, out[j], "voter " + k + " stuck at 0, output " + j);
            }
        }
    }
}
