package dev.tmrkit.circuits.tmr.check;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.tmr.AllOptions;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.circuits.tmr.TmrResult;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import dev.tmrkit.gates.vote.MajorityVoter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * A net that only copies a voter's output — a buffer, two inverters, a chain of them — is not a voter of its own:
 * Yosys's BLIF of kept TMR Verilog names each voter output twice (the instance's {@code $tmr$u$0.o0} and the
 * output {@code 22} it drives through a buffer), and check-tmr must count each majority once.
 */
class VoterCopiesTest {
    private static final List<String> CIRCUITS = List.of("c17", "counter:3", "tmr-gate", "s27");
    private static final List<TmrOptions> OPTIONS = AllOptions.all();

    /** How one voter output is copied: a buffer or two inverters. */
    private enum Copy { BUF, NOT_NOT }

    @Test
    void aVoterFollowedByABufferAndByTwoInvertersIsOneVoter() {
        NetlistBuilder b = Netlist.builder("copies").input("x").output("o1").output("o2").output("o3");
        for (String r : List.of("A", "B", "C")) {
            b.gate(GateType.NOT, "$tmr$" + r + "$y", "x");
        }
        MajorityVoter.instantiate(b, "$tmr$A$y", "$tmr$B$y", "$tmr$C$y", "v", "$v");
        b.gate(GateType.BUF, "o1", "v");
        b.gate(GateType.NOT, "n", "v").gate(GateType.NOT, "o2", "n");
        b.gate(GateType.NOT, "o3", "n"); // NOT(NOT(v)) again, through the same inverter
        TmrCheck check = TmrCheck.of(b.build());
        assertEquals(1, check.voters(), check.describe());
        assertEquals(TmrCheck.Verdict.INTACT, check.verdict());
    }

    @Test
    void threeVotersOfTheSameNetsEachCopiedAreThreeVoters() {
        // triplicated voters read the same three nets; each is its own majority gate, and its copy is not
        NetlistBuilder b = Netlist.builder("triplicated").input("x");
        for (String r : List.of("A", "B", "C")) {
            b.gate(GateType.NOT, "$tmr$" + r + "$y", "x");
        }
        for (String r : List.of("A", "B", "C")) {
            MajorityVoter.instantiate(b, "$tmr$A$y", "$tmr$B$y", "$tmr$C$y", "v" + r, "$v" + r);
            b.gate(GateType.BUF, "o" + r, "v" + r).output("o" + r);
        }
        assertEquals(3, TmrCheck.of(b.build()).voters());
    }

    @Test
    void copyChainsAfterVotersNeverChangeTheVoterCount() {
        qt().withExamples(150).forAll(SourceDSL.integers().between(0, CIRCUITS.size() - 1),
                SourceDSL.integers().between(0, OPTIONS.size() - 1), SourceDSL.longs().all()).checkAssert((c, o, seed) -> {
                    TmrResult r = new TmrPass(OPTIONS.get(o)).run(BuiltinCircuits.byName(CIRCUITS.get(c)).orElseThrow());
                    int inserted = (r.report().voterGates() + r.report().reductionGates()) / MajorityVoter.GATE_COUNT;
                    List<Integer> outputs = voterOutputs(r.netlist());
                    String what = CIRCUITS.get(c) + " " + OPTIONS.get(o).describe() + " seed " + seed;
                    assertEquals(inserted, outputs.size(), what + ": the voter outputs by role and by the report");
                    Netlist copied = withCopies(r.netlist(), outputs, new SplittableRandom(seed));
                    assertEquals(inserted, TmrCheck.of(copied).voters(), what);
                });
    }

    /** The nets the pass's voters drive: OR gates in the voter or reduction-voter region. */
    private static List<Integer> voterOutputs(Netlist tmr) {
        List<Integer> outputs = new ArrayList<>();
        for (int g = 0; g < tmr.gateCount(); g++) {
            int net = tmr.gate(g).output();
            TmrRoles.Region region = TmrRoles.regionOf(tmr, net);
            if (tmr.gate(g).type() == GateType.OR
                    && (region == TmrRoles.Region.VOTER || region == TmrRoles.Region.REDUCTION_VOTER)) {
                outputs.add(net);
            }
        }
        return outputs;
    }

    /**
     * The netlist with, after some voter outputs, a chain of one to three copies (each a buffer or two inverters)
     * that takes over the voter output's name, so its readers (and the port) read the end of the chain, as in
     * Yosys's BLIF; and sometimes a copy that nothing reads.
     */
    private static Netlist withCopies(Netlist tmr, List<Integer> voterOutputs, SplittableRandom random) {
        TreeMap<Integer, List<Copy>> chains = new TreeMap<>();
        for (int v : voterOutputs) {
            if (random.nextBoolean()) {
                List<Copy> chain = new ArrayList<>();
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    chain.add(Copy.values()[random.nextInt(Copy.values().length)]);
                }
                chains.put(v, chain);
            }
        }
        NetlistBuilder b = Netlist.builder(tmr.name());
        tmr.inputNames().forEach(b::input);
        tmr.outputNames().forEach(b::output);
        for (int g = 0; g < tmr.gateCount(); g++) {
            Gate gate = tmr.gate(g);
            List<String> inputs = new ArrayList<>();
            for (int pin = 0; pin < gate.arity(); pin++) {
                inputs.add(tmr.netName(gate.input(pin)));
            }
            String out = tmr.netName(gate.output());
            b.gate(gate.type(), chains.containsKey(gate.output()) ? "copy$" + gate.output() + "$0" : out, inputs,
                    Location.NONE);
        }
        for (var e : chains.entrySet()) {
            String from = "copy$" + e.getKey() + "$0";
            List<Copy> chain = e.getValue();
            for (int i = 0; i < chain.size(); i++) {
                String to = i == chain.size() - 1 ? tmr.netName(e.getKey()) : "copy$" + e.getKey() + "$" + (i + 1);
                if (chain.get(i) == Copy.BUF) {
                    b.gate(GateType.BUF, to, from);
                } else {
                    b.gate(GateType.NOT, to + "$n", from).gate(GateType.NOT, to, to + "$n");
                }
                from = to;
            }
            if (random.nextBoolean()) {
                b.gate(GateType.BUF, "copy$" + e.getKey() + "$unread", from);
            }
        }
        return b.build();
    }
}
