package dev.tmrkit.circuits.sat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Sequential equivalence on small hand-made machines whose behaviour is known by construction. */
class SequentialProverTest {
    static final SequentialProver.Settings SETTINGS = new SequentialProver.Settings(12, 64, 1, Duration.ofSeconds(60));

    /** A 2-bit counter enabled by {@code en}; {@code q1} its high bit. */
    static Netlist counter(String name, boolean swapXor) {
        return Netlist.builder(name).input("en").output("q1")
                .gate(GateType.DFF, "q0", "d0").gate(GateType.DFF, "q1", "d1")
                .gate(GateType.XOR, "d0", swapXor ? new String[] {"q0", "en"} : new String[] {"en", "q0"})
                .gate(GateType.AND, "c", "en", "q0")
                .gate(GateType.XOR, "d1", "q1", "c")
                .build();
    }

    @Test
    void tmrOfACounterIsProvenByInduction() {
        Netlist n = counter("cnt", false);
        Netlist t = new TmrPass(TmrOptions.defaults()).apply(n);
        SequentialProver.Result r = SequentialProver.prove(n, t, SETTINGS);
        assertEquals(SequentialProver.Status.PROVEN, r.status());
        assertEquals("induction", r.method());
        assertEquals(n.dffGates().length + t.dffGates().length, r.registers());
    }

    @Test
    void aDifferentlyBuiltCounterIsProvenAndAMutantRefutedWithASequenceTheReferenceConfirms() {
        Netlist n = counter("cnt", false);
        assertEquals(SequentialProver.Status.PROVEN, SequentialProver.prove(n, counter("cnt2", true), SETTINGS).status());
        // the high bit toggles on OR instead of AND: differs only after the low bit was set once
        Netlist m = Netlist.builder("mut").input("en").output("q1")
                .gate(GateType.DFF, "q0", "d0").gate(GateType.DFF, "q1", "d1")
                .gate(GateType.XOR, "d0", "en", "q0")
                .gate(GateType.OR, "c", "en", "q0")
                .gate(GateType.XOR, "d1", "q1", "c")
                .build();
        SequentialProver.Result r = SequentialProver.prove(n, m, new SequentialProver.Settings(12, 1, 3, Duration.ofSeconds(60)));
        assertEquals(SequentialProver.Status.DIFFERENT, r.status());
        Replay.assertDistinguishes(n, m, r.counterexample().orElseThrow());
    }

    /**
     * Two machines whose outputs agree in every reachable state but whose registers do not correspond one to
     * one, and a pair that differs only after 6 cycles: the bounded check says "bounded" for the first (never
     * proven), and finds the 6-cycle counterexample only when the depth reaches it.
     */
    @Test
    void boundedCheckIsLabelledBoundedAndFindsDeepDifferencesOnlyAtTheirDepth() {
        Netlist shift = shiftRegister("sr", 6, false);
        Netlist tapped = shiftRegister("tapped", 6, true);
        SequentialProver.Result shallow = SequentialProver.prove(shift, tapped, new SequentialProver.Settings(6, 1, 1, Duration.ofSeconds(60)));
        assertEquals(SequentialProver.Status.BOUNDED, shallow.status());
        assertEquals(6, shallow.depth());
        SequentialProver.Result deep = SequentialProver.prove(shift, tapped, new SequentialProver.Settings(7, 1, 1, Duration.ofSeconds(60)));
        assertEquals(SequentialProver.Status.DIFFERENT, deep.status());
        assertEquals(6, deep.counterexample().orElseThrow().cycle());
        Replay.assertDistinguishes(shift, tapped, deep.counterexample().orElseThrow());
    }

    @Test
    void combinationalPairsAreRefused() {
        Netlist c = Netlist.builder("c").input("a").output("y").gate(GateType.NOT, "y", "a").build();
        assertThrows(IllegalArgumentException.class, () -> SequentialProver.prove(c, c, SETTINGS));
        assertThrows(IllegalArgumentException.class, () -> new SequentialProver.Settings(0, 1, 1, Duration.ofSeconds(1)));
    }

    /**
     * A chain of {@code n} flip-flops from input {@code d}; output {@code y} is the last one, or with
     * {@code tapped} the last one XOR the AND of all: equal until all n+1 inputs were 1 in a row (cycle n).
     */
    private static Netlist shiftRegister(String name, int n, boolean tapped) {
        var b = Netlist.builder(name).input("d").output("y");
        String prev = "d";
        String[] all = new String[n + 1];
        all[0] = "d";
        for (int k = 0; k < n; k++) {
            b.gate(GateType.DFF, "r" + k, prev);
            prev = "r" + k;
            all[k + 1] = prev;
        }
        if (tapped) {
            b.gate(GateType.AND, "all", all).gate(GateType.XOR, "y", prev, "all");
        } else {
            b.gate(GateType.BUF, "y", prev);
        }
        return b.build();
    }
}
