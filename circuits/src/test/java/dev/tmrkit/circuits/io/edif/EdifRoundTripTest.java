package dev.tmrkit.circuits.io.edif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.tmrkit.circuits.io.ClockedNetlist;
import dev.tmrkit.circuits.io.HostileNames;
import dev.tmrkit.circuits.library.C17;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.circuits.tmr.check.TmrCheck;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** EDIF written by tmrkit reads back as the same netlist, gate for gate, whatever the names. */
class EdifRoundTripTest {
    private static final long SEED = 20261129L;

    /** Outputs that are neither inputs nor repeated: each can be a port named as its net. */
    static boolean distinctOutputs(Netlist n) {
        Set<Integer> seen = new HashSet<>();
        for (int o : n.outputIds()) {
            if (n.isInput(o) || !seen.add(o)) {
                return false;
            }
        }
        return true;
    }

    private static ClockedNetlist back(Netlist n) {
        try {
            return new EdifReader().readClocked("r.edf", new StringReader(new EdifWriter().write(n)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void randomNetlistsReadBackGateForGate() {
        qt().withFixedSeed(SEED).withExamples(150).withGenerateAttempts(20000)
                .forAll(RandomNetlists.sequential(6, 30, 4))
                .assuming(EdifRoundTripTest::distinctOutputs).checkAssert(n -> {
                    ClockedNetlist back = back(n);
                    assertEquals(n, back.netlist(), "every gate comes back as itself");
                    assertEquals(n.name(), back.netlist().name());
                    assertEquals(n.isSequential() ? java.util.Optional.of(EdifWriter.CLOCK) : java.util.Optional.empty(),
                            back.clock(), "the clock port is the implicit clock again");
                });
    }

    @Test
    void hostileNamesReadBackUnchangedThroughRename() {
        qt().withFixedSeed(SEED).withExamples(150).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            HostileNames.Renamed r = HostileNames.netlist(new SplittableRandom(seed), true, 5, 20, 3);
            if (!distinctOutputs(r.netlist())) {
                return;
            }
            String text = new EdifWriter().write(r.netlist());
            Netlist back = back(r.netlist()).netlist();
            assertEquals(r.netlist(), back, text);
            assertEquals(r.netlist().name(), back.name());
            for (String line : text.split("\n")) {
                assertTrue(line.chars().allMatch(c -> c >= ' ' && c <= '~'), "EDIF is printable ASCII: " + line);
            }
        });
    }

    @Test
    void anOutputThatIsAnInputOrRepeatedIsAPortOfItsOwnNameDrivenByABuf() {
        Netlist n = Netlist.builder("m").input("a").input("b").gate(dev.tmrkit.gates.GateType.AND, "y", "a", "b")
                .output("y").output("a").output("y").build();
        Netlist back = back(n).netlist();
        assertEquals(java.util.List.of("y", "$edif$out$1", "$edif$out$2"), back.outputNames());
        for (long in = 0; in < 4; in++) {
            assertTrue(java.util.Arrays.equals(dev.tmrkit.circuits.io.Truth.outputs(n, in),
                    dev.tmrkit.circuits.io.Truth.outputs(back, in)), "outputs by position at input " + in);
        }
    }

    @Test
    void tmrNetlistsKeepTheirNameReplicasAndDontTouchProperties() {
        Netlist tmr = new TmrPass(TmrOptions.defaults()).run(C17.netlist()).netlist();
        String text = new EdifWriter((n, g) -> n.netName(n.gate(g).output()).startsWith("$tmr$")
                ? Map.of("DONT_TOUCH", "TRUE") : Map.of(), "c17").write(tmr);
        assertTrue(text.contains("(cell c17 (cellType GENERIC)"), text);
        assertTrue(text.contains("(property tmrkit_netlist (string \"c17-tmr\"))"), text);
        assertTrue(text.contains("(instance (rename N_tmr_A_10 \"$tmr$A$10\") (viewRef netlist (cellRef NAND2 (libraryRef"
                + " tmrkit_cells)))\n            (property DONT_TOUCH (string \"TRUE\")))"), text);
        Netlist back = new EdifReader().parse("t.edf", text);
        assertEquals(tmr, back);
        assertEquals("c17-tmr", back.name());
        assertEquals(TmrCheck.Verdict.INTACT, TmrCheck.of(back).verdict());
    }
}
