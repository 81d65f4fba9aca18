package dev.tmrkit.circuits.tmr;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.TmrRulesReader;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.library.C17;
import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Voters after chosen registers ({@link TmrOptions#voteRegisters()}): a pattern votes exactly the flip-flop outputs
 * it matches — the netlist {@code --vote} gives for those names — where {@code --vote} with the same glob votes
 * every net it matches.
 */
class RegisterVotersTest {
    private static Netlist s27() throws IOException {
        return NetlistFiles.read(Path.of(System.getProperty("tmrkit.root", "../.."), "benchmarks/iscas89/s27.bench"));
    }

    private static Set<String> flipFlopOutputs(Netlist n, NetPattern p) {
        Set<String> out = new TreeSet<>();
        for (int g : n.dffGates()) {
            String q = n.netName(n.gate(g).output());
            if (p.matches(q)) {
                out.add(q);
            }
        }
        return out;
    }

    @Test
    void aGlobVotesTheFlipFlopsItMatchesAndNothingElse() throws IOException {
        Netlist s27 = s27();
        // G? matches inputs G0..G3, flip-flops G5 G6 G7 and gates G8 G9
        TmrResult registers = new TmrPass(TmrOptions.defaults().withVoteRegisters(Set.of("G?"))).run(s27);
        TmrResult named = new TmrPass(TmrOptions.defaults().withVote(Set.of("G5", "G6", "G7"))).run(s27);
        assertEquals(named.netlist(), registers.netlist(), "the same netlist as --vote G5,G6,G7");
        for (String q : List.of("G5", "G6", "G7")) {
            assertTrue(registers.report().placements().stream().anyMatch(p -> p.net().equals(q)
                    && p.reason().equals("after flip-flop " + q + " (--vote-registers G?)")), registers.report().placements()::toString);
        }
        assertEquals(9, registers.report().voters(VoterKind.TRIPLICATED), "three nets, three voters each");
        Netlist everyNet = new TmrPass(TmrOptions.defaults().withVote(Set.of("G?"))).apply(s27);
        assertNotEquals(registers.netlist(), everyNet);
        for (String gate : List.of("G8", "G9")) {
            assertTrue(everyNet.netId(TmrNames.voter(Replica.A, gate)) >= 0, "--vote G? votes gate " + gate);
            assertEquals(-1, registers.netlist().netId(TmrNames.voter(Replica.A, gate)), "--vote-registers G? does not");
        }
        assertTrue(Equivalence.check(s27, registers.netlist(), new Equivalence.Settings(512, 24, 5)).isEmpty());
    }

    @Test
    void onRandomSequentialNetlistsItIsVoteOnTheMatchedFlipFlops() {
        qt().withExamples(120).forAll(RandomNetlists.sequential(4, 20, 4), SourceDSL.integers().between(0, 9))
                .checkAssert((n, digit) -> {
                    NetPattern p = new NetPattern("*" + digit + "*");
                    // a flip-flop nobody reads is skipped: its voters would have no reader
                    Set<String> matched = new TreeSet<>(flipFlopOutputs(n, p));
                    matched.removeIf(q -> n.fanout(n.netId(q)) == 0);
                    TmrOptions o = TmrOptions.defaults().withVoteRegisters(Set.of(p.glob()));
                    if (matched.isEmpty()) {
                        assertThrows(IllegalArgumentException.class, () -> new TmrPass(o).apply(n), "nothing to vote");
                        return;
                    }
                    Netlist tmr = new TmrPass(o).apply(n);
                    assertEquals(new TmrPass(TmrOptions.defaults().withVote(matched)).apply(n), tmr, matched::toString);
                });
    }

    @Test
    void whatCannotBeAChosenRegisterIsRefused() throws IOException {
        Netlist s27 = s27();
        IllegalArgumentException gate = assertThrows(IllegalArgumentException.class,
                () -> new TmrPass(TmrOptions.defaults().withVoteRegisters(Set.of("G9"))).apply(s27));
        assertEquals("cannot vote the register 'G9': it is the output of a NAND gate, not of a flip-flop; --vote votes any net",
                gate.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> new TmrPass(TmrOptions.defaults().withVoteRegisters(Set.of("G1*"))).apply(s27));
        assertEquals("cannot vote the registers 'G1*': it matches no flip-flop output of circuit 's27'", none.getMessage());
        IllegalArgumentException combinational = assertThrows(IllegalArgumentException.class,
                () -> new TmrPass(TmrOptions.defaults().withVoteRegisters(Set.of("*"))).apply(C17.netlist()));
        assertTrue(combinational.getMessage().endsWith("which has no flip-flops"), combinational.getMessage());
        assertEquals(GateType.DFF, s27.gate(s27.driver(s27.netId("G5"))).type());
    }

    @Test
    void aConstraintsFileChoosesRegistersAtItsOwnPosition() throws Exception {
        TmrRules rules = TmrRulesReader.read("r.tmr", new StringReader("vote-registers G5  G1*\n"));
        assertEquals(new TmrRules.Entry(TmrRules.Kind.VOTE_REGISTERS, "G1*", 1, 20), rules.entries().get(1));
        assertEquals(Set.of("G1*", "G5"), rules.applyTo(TmrOptions.defaults()).voteRegisters());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rules.check(s27()));
        assertEquals("r.tmr:1:20: vote-registers 'G1*' matches no flip-flop output of 's27'", e.getMessage());
        assertEquals("--scope outputs --voters triplicated --inputs shared --outputs reduced --vote-registers G1*,G5",
                rules.applyTo(TmrOptions.defaults()).describe());
    }
}
