package dev.tmrkit.circuits.render;

import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.Netlist;
import org.junit.jupiter.api.Test;

/** The DOT text of two small circuits, golden: the diagram format as a specification. */
class DotGoldenTest {
    @Test
    void theMajorityVoter() {
        Netlist voter = BuiltinCircuits.byName("voter").orElseThrow();
        Golden.assertMatches("voter.dot", DotWriter.write(Diagram.of(voter, DiagramOptions.defaults())));
    }

    @Test
    void tmrOfC17WithTheDefaultOptions() {
        Netlist tmr = new TmrPass(TmrOptions.defaults()).apply(BuiltinCircuits.byName("c17").orElseThrow());
        Golden.assertMatches("c17-tmr.dot", DotWriter.write(Diagram.of(tmr, DiagramOptions.defaults())));
    }
}
