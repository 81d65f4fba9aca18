package dev.tmrkit.circuits.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The overview of a circuit too large to draw gate by gate, checked against counts of the original netlist. */
class SummaryDiagramTest {
    private static Netlist c880() throws IOException {
        return NetlistFiles.read(dev.tmrkit.testing.Corpus.bench("iscas85", "c880"));
    }

    @Test
    void aTmrNetlistIsOnePartPerRegionWithTheOriginalsCounts() throws IOException {
        Netlist c880 = c880();
        Netlist tmr = new TmrPass(TmrOptions.defaults()).apply(c880);
        SummaryDiagram s = SummaryDiagram.of(tmr);
        Map<String, SummaryDiagram.Part> parts = s.parts();
        assertEquals(java.util.List.of("inputs", "1A", "1B", "1C", "3", "outputs"), java.util.List.copyOf(parts.keySet()));
        int inputPins = 0;
        for (Gate g : c880.gates()) {
            for (int p = 0; p < g.arity(); p++) {
                inputPins += c880.isInput(g.input(p)) ? 1 : 0;
            }
        }
        for (String r : java.util.List.of("A", "B", "C")) {
            assertEquals(c880.gateCount(), parts.get("1" + r).gates(), "replica " + r + " copies every gate");
            assertEquals(inputPins, s.wires().get("inputs>1" + r), "replica " + r + " reads the inputs as the original does");
            assertEquals(2 * c880.outputCount(), s.wires().get("1" + r + ">3"), "each output's copy feeds two AND terms");
        }
        assertEquals(4 * c880.outputCount(), parts.get("3").gates(), "three ANDs and an OR per output");
        assertEquals(c880.outputCount(), s.wires().get("3>outputs"));
        assertEquals(tmr.gateCount(), parts.values().stream().mapToInt(SummaryDiagram.Part::gates).sum());
    }

    @Test
    void aPlainNetlistIsCutIntoLevelBandsAndEveryPinIsCountedOnce() throws IOException {
        Netlist c880 = c880();
        SummaryDiagram s = SummaryDiagram.of(c880);
        assertEquals(c880.gateCount(), s.parts().values().stream().mapToInt(SummaryDiagram.Part::gates).sum());
        assertTrue(s.parts().size() <= SummaryDiagram.BANDS + 2, s.parts().keySet().toString());
        int pins = c880.outputCount();
        int inside = 0;
        for (Gate g : c880.gates()) {
            pins += g.arity();
            for (int p = 0; p < g.arity(); p++) {
                int from = c880.isInput(g.input(p)) ? -1 : (Math.max(1, c880.level(g.input(p))) - 1) / band(c880);
                inside += from == (c880.level(g.output()) - 1) / band(c880) ? 1 : 0;
            }
        }
        assertEquals(pins - inside, s.wires().values().stream().mapToInt(Integer::intValue).sum(),
                "every pin between two bands is one counted wire");
        String dot = SummaryDiagram.dot(c880, 383, 300, "The full drawing: --max-gates 383.");
        assertTrue(dot.contains("c880: overview") && dot.contains("Legend") && dot.contains("levels 1–"), dot);
    }

    private static int band(Netlist n) {
        return (n.depth() + SummaryDiagram.BANDS - 1) / SummaryDiagram.BANDS;
    }
}
