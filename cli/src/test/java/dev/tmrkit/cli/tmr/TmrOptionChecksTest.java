package dev.tmrkit.cli.tmr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.bench.BenchWriter;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.cli.Cli;
import dev.tmrkit.gates.Netlist;
import org.junit.jupiter.api.Test;

/** Options that mean what they say: each combination either changes the netlist or is refused with the reason. */
class TmrOptionChecksTest {
    private final Netlist counter = BuiltinCircuits.byName("counter:3").orElseThrow();

    private String bench(TmrOptions o) {
        return new BenchWriter().write(new TmrPass(o).run(counter).netlist());
    }

    @Test
    void singleVotersWithScopeOutputsAndReducedOutputsWouldChangeNothingSoTheyAreRefused() {
        TmrOptions single = TmrOptions.defaults().withVoters(TmrOptions.VoterMode.SINGLE);
        assertEquals(bench(TmrOptions.defaults()), bench(single), "the reason for the refusal: byte-identical netlists");
        Cli r = Cli.run("tmr", "counter:3", "--voters", "single");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--voters single has no effect with --scope outputs and --outputs reduced"), r.err());
        // where it does take effect, it is accepted and the netlist differs
        TmrOptions triplicatedOutputs = TmrOptions.defaults().withOutputs(TmrOptions.OutputMode.TRIPLICATED);
        assertNotEquals(bench(triplicatedOutputs), bench(triplicatedOutputs.withVoters(TmrOptions.VoterMode.SINGLE)));
        assertEquals(0, Cli.run("tmr", "counter:3", "--voters", "single", "--outputs", "triplicated").code());
        assertEquals(0, Cli.run("tmr", "counter:3", "--voters", "single", "--scope", "gates").code());
        // and with chosen voters inside the logic: one shared voter per chosen net instead of three
        TmrOptions chosen = TmrOptions.defaults().withVoteRegisters(java.util.Set.of("q*"));
        assertNotEquals(bench(chosen), bench(chosen.withVoters(TmrOptions.VoterMode.SINGLE)));
        assertEquals(0, Cli.run("tmr", "counter:3", "--voters", "single", "--vote-registers", "q*").code());
        assertEquals(0, Cli.run("tmr", "counter:3", "--voters", "single", "--vote", "q1").code());
    }

    @Test
    void scopeRegistersOnACombinationalCircuitIsRefused() {
        Netlist c17 = BuiltinCircuits.byName("c17").orElseThrow();
        assertEquals(new BenchWriter().write(new TmrPass(TmrOptions.defaults()).run(c17).netlist()),
                new BenchWriter().write(new TmrPass(TmrOptions.defaults().withScope(TmrOptions.Scope.REGISTERS)).run(c17).netlist()),
                "the reason for the refusal: the same netlist as scope outputs");
        Cli r = Cli.run("tmr", "c17", "--scope", "registers");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--scope registers: c17 has no flip-flops"), r.err());
        assertEquals(0, Cli.run("tmr", "counter:3", "--scope", "registers").code());
    }
}
