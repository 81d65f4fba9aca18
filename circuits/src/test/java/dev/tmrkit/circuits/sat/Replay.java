package dev.tmrkit.circuits.sat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tmrkit.circuits.tmr.check.Counterexample;
import dev.tmrkit.circuits.tmr.check.PortMap;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import java.util.ArrayList;
import java.util.List;

/** Replays a counterexample sequence with the scalar reference evaluator, independent of the prover. */
public final class Replay {
    private Replay() {
    }

    /** The reference evaluator, cycle by cycle from reset, shows the counterexample's output differ. */
    public static void assertDistinguishes(Netlist a, Netlist b, Counterexample c) {
        PortMap ports = PortMap.of(a, b);
        List<boolean[]> inA = new ArrayList<>();
        List<boolean[]> inB = new ArrayList<>();
        for (String v : c.inputs()) {
            boolean[] x = new boolean[a.inputCount()];
            for (int i = 0; i < x.length; i++) {
                x[i] = v.charAt(i) == '1';
            }
            boolean[] y = new boolean[b.inputCount()];
            for (int i = 0; i < y.length; i++) {
                y[i] = x[ports.originalInput(i)];
            }
            inA.add(x);
            inB.add(y);
        }
        assertEquals(c.cycle() + 1, c.inputs().size());
        boolean[] outA = new ReferenceEvaluator(a).run(inA).get(c.cycle());
        boolean[] outB = new ReferenceEvaluator(b).run(inB).get(c.cycle());
        int net = ports.originalNet(c.output());
        boolean expected = net < 0 ? false : outA[a.outputNames().indexOf(a.netName(net))];
        assertEquals(c.expected(), expected, "the expected value is the first netlist's");
        assertNotEquals(expected, outB[c.output()], "the counterexample distinguishes in cycle " + c.cycle());
    }
}
