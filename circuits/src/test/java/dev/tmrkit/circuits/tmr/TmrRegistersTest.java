package dev.tmrkit.circuits.tmr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.tmr.TmrOptions.Scope;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Why registers need feedback voters: an upset in one replica's flip-flop is scrubbed at the next clock
 * with scope registers, but stays in its replica with scope outputs, where a second upset in another
 * replica later breaks the vote. The 3-bit counter counts random increments (no reset, which would
 * scrub everything); the upsets hit the top bit, q2, so a replica's error is +4 mod 8 whichever way the
 * bit flipped, and two upset replicas agree with each other.
 */
class TmrRegistersTest {
    private static final int CYCLES = 24;
    private static final int FIRST = 5;
    private static final int SECOND = 11;

    private final Netlist counter = BuiltinCircuits.byName("counter:3").orElseThrow();
    private final long[] inc = new long[CYCLES];

    TmrRegistersTest() {
        SplittableRandom random = new SplittableRandom(42);
        for (int c = 0; c < CYCLES; c++) {
            inc[c] = random.nextLong();
        }
    }

    /** One run: per cycle, per output, the output word (64 lanes of random increments). */
    private final class Run {
        final long[][] outputs = new long[CYCLES][];
        final long[][][] replicas = new long[CYCLES][3][];   // [cycle][replica][bit] state word of $tmr$X$q<bit>

        Run(Netlist n, List<Fault> faults) {
            Simulation sim = CompiledEvaluator.compile(n).newSimulation(1).setFaults(faults);
            for (int c = 0; c < CYCLES; c++) {
                sim.setInput(n.inputNames().indexOf("inc"), 0, inc[c]);
                sim.setInput(n.inputNames().indexOf("reset"), 0, 0L);
                sim.evaluate();
                outputs[c] = new long[3];
                for (int o = 0; o < 3; o++) {
                    outputs[c][o] = sim.output(o, 0);
                }
                for (Replica x : Replica.ALL) {
                    long[] bits = new long[3];
                    for (int b = 0; b < 3; b++) {
                        int net = n.netId(TmrNames.replica(x, "q" + b));
                        bits[b] = net < 0 ? 0 : sim.net(net, 0);
                    }
                    replicas[c][x.ordinal()] = bits;
                }
                sim.clock();
            }
        }

        boolean replicasAgree(int cycle) {
            return java.util.Arrays.equals(replicas[cycle][0], replicas[cycle][1])
                    && java.util.Arrays.equals(replicas[cycle][1], replicas[cycle][2]);
        }
    }

    private Netlist tmr(Scope scope) {
        return new TmrPass(TmrOptions.defaults().withScope(scope)).apply(counter);
    }

    private static Fault upset(Netlist tmr, Replica x, int cycle) {
        return BitFlip.at(new Site.Stem(tmr.netId(TmrNames.replica(x, "q2"))), cycle);
    }

    private void assertOutputsRight(Run golden, Run run, int from, int to, String what) {
        for (int c = from; c < to; c++) {
            for (int o = 0; o < 3; o++) {
                assertEquals(golden.outputs[c][o], run.outputs[c][o], what + ": output q" + o + " in cycle " + c);
            }
        }
    }

    @Test
    void withFeedbackVotersAnUpsetIsScrubbedAtTheNextClock() {
        Netlist t = tmr(Scope.REGISTERS);
        Run golden = new Run(counter, List.of());
        Run one = new Run(t, List.of(upset(t, Replica.A, FIRST)));
        assertOutputsRight(golden, one, 0, CYCLES, "one upset");
        assertTrue(!one.replicasAgree(FIRST), "replica A shows the upset in its cycle");
        for (int c = FIRST + 1; c < CYCLES; c++) {
            assertTrue(one.replicasAgree(c), "replicas agree again in cycle " + c);
        }
        Run two = new Run(t, List.of(upset(t, Replica.A, FIRST), upset(t, Replica.B, SECOND)));
        assertOutputsRight(golden, two, 0, CYCLES, "upsets in two replicas at different times");
    }

    @Test
    void withoutFeedbackVotersAnUpsetStaysAndASecondOneBreaksTheVote() {
        Netlist t = tmr(Scope.OUTPUTS);
        Run golden = new Run(counter, List.of());
        Run one = new Run(t, List.of(upset(t, Replica.A, FIRST)));
        assertOutputsRight(golden, one, 0, CYCLES, "one upset is still outvoted");
        for (int c = FIRST; c < CYCLES; c++) {
            assertNotEquals(one.replicas[c][1][2], one.replicas[c][0][2], "replica A's q2 stays wrong in cycle " + c);
            assertEquals(one.replicas[c][1][2], one.replicas[c][2][2], "B and C agree in cycle " + c);
        }
        List<Fault> both = new ArrayList<>(List.of(upset(t, Replica.A, FIRST), upset(t, Replica.B, SECOND)));
        Run two = new Run(t, both);
        assertOutputsRight(golden, two, 0, SECOND, "before the second upset");
        for (int c = SECOND; c < CYCLES; c++) {
            assertEquals(~golden.outputs[c][2], two.outputs[c][2], "A and B outvote C on q2 in cycle " + c);
        }
    }
}
