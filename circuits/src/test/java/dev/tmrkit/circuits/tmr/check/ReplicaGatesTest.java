package dev.tmrkit.circuits.tmr.check;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.tmr.AllOptions;
import dev.tmrkit.circuits.tmr.Replica;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import dev.tmrkit.gates.NetlistStats;
import dev.tmrkit.gates.vote.MajorityVoter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * A replica's gates are its logic, whatever names synthesis kept: check-tmr's per-replica gate and flip-flop counts
 * of a TMR netlist equal the original circuit's (its gates without buffers and constants; the oracle is the
 * source netlist's own statistics), also after the netlist is dressed the way Yosys writes a synthesised kept TMR
 * design in its various forms: inner replica nets renamed to anonymous names (ABC's {@code $abc$..}, Verilog's
 * {@code _07_}), replica ports renamed to their flattened names with the old name left as a buffer
 * ({@code $tmr$A$22 = BUF($tmr$A.$tmr$A$22)}), replica-named buffers of the inputs ({@code $tmr$A.7 = BUF(7)}),
 * inverters given one copy per reader (BLIF) or one inverter of a shared net shared by the three replicas (JSON).
 */
class ReplicaGatesTest {
    private static final List<String> CIRCUITS = List.of("c17", "counter:3", "tmr-gate", "s27");
    private static final List<TmrOptions> OPTIONS = AllOptions.all();

    @Test
    void replicaNamedBuffersAndAnonymousGatesOfOneReplicaAreCountedAsItsLogic() {
        // replica A as Yosys's BLIF of c17 writes it: NAND cells under anonymous names, the replica's port under its
        // flattened name, an alias buffer of it and replica-named buffers of the inputs
        NetlistBuilder b = Netlist.builder("c17-tmr").input("1").input("2").output("22");
        for (String r : List.of("A", "B", "C")) {
            b.gate(GateType.NAND, "$abc$" + r + "$1", "1", "2");
            b.gate(GateType.NOT, "$abc$" + r + "$2", "$abc$" + r + "$1");
            b.gate(GateType.NOT, "$abc$" + r + "$3", "$abc$" + r + "$1");  // the same inverter, once per reader
            b.gate(GateType.OR, "$tmr$" + r + ".$tmr$" + r + "$22", "$abc$" + r + "$2", "$abc$" + r + "$3");
            b.gate(GateType.BUF, "$tmr$" + r + "$22", "$tmr$" + r + ".$tmr$" + r + "$22");
            b.gate(GateType.BUF, "$tmr$" + r + ".1", "1").gate(GateType.BUF, "$tmr$" + r + ".2", "2");
        }
        MajorityVoter.instantiate(b, "$tmr$A$22", "$tmr$B$22", "$tmr$C$22", "22", "$v");
        TmrCheck check = TmrCheck.of(b.build());
        for (Replica r : Replica.values()) {
            assertEquals(3, check.replicas().get(r).gates(), check.describe());  // NAND, NOT (one net inverted), OR
        }
        assertEquals(TmrCheck.Verdict.INTACT, check.verdict(), check.describe());
    }

    @Test
    void logicMergedAcrossReplicasIsAMergeEvenWhenTheReplicasStayEqual() {
        // opt_merge made one NAND of the three replicas' identical NANDs; each replica keeps its named OR and port
        NetlistBuilder b = Netlist.builder("c17-tmr").input("1").input("2").output("22");
        b.gate(GateType.NAND, "$abc$1", "1", "2");
        for (String r : List.of("A", "B", "C")) {
            b.gate(GateType.NOT, "$abc$" + r + "$2", "$abc$1");
            b.gate(GateType.OR, "$tmr$" + r + "$22", "$abc$" + r + "$2", "2");
        }
        MajorityVoter.instantiate(b, "$tmr$A$22", "$tmr$B$22", "$tmr$C$22", "22", "$v");
        TmrCheck check = TmrCheck.of(b.build());
        for (Replica r : Replica.values()) {
            assertEquals(2, check.replicas().get(r).gates(), check.describe());  // NOT and OR; the NAND is nobody's own
        }
        assertEquals(1, check.voters(), check.describe());
        assertEquals(1, check.shared(), check.describe());
        assertEquals(TmrCheck.Verdict.MERGED, check.verdict(), "equal replicas and a voter, but one gate serves all three");
        assertTrue(check.describe().endsWith("; 1 gate shared by replicas"), check.describe());
    }

    @Test
    void replicaGatesAreTheOriginalsGatesHoweverTheNetlistIsDressed() {
        qt().withExamples(200).forAll(SourceDSL.integers().between(0, CIRCUITS.size() - 1),
                SourceDSL.integers().between(0, OPTIONS.size() - 1), SourceDSL.longs().all()).checkAssert((c, o, seed) -> {
                    Netlist original = BuiltinCircuits.byName(CIRCUITS.get(c)).orElseThrow();
                    Netlist tmr = new TmrPass(OPTIONS.get(o)).run(original).netlist();
                    NetlistStats s = original.stats();
                    int gates = s.gates() - count(s, GateType.BUF) - count(s, GateType.CONST0) - count(s, GateType.CONST1);
                    String what = CIRCUITS.get(c) + " " + OPTIONS.get(o).describe() + " seed " + seed;
                    for (Netlist n : List.of(tmr, dressed(tmr, new SplittableRandom(seed)))) {
                        TmrCheck check = TmrCheck.of(n);
                        for (Replica r : Replica.values()) {
                            assertEquals(gates, check.replicas().get(r).gates(), what + " " + r + ": " + check.describe());
                            assertEquals(s.dffs(), check.replicas().get(r).dffs(), what + " " + r + ": " + check.describe());
                        }
                        assertEquals(0, check.shared(), what + ": replicas share only inputs and voters: " + check.describe());
                    }
                });
    }

    private static int count(NetlistStats s, GateType type) {
        return s.gateTypes().getOrDefault(type, 0);
    }

    /**
     * {@code tmr} dressed as synthesis writes it; every choice is made once per original net, so the three replicas
     * are dressed alike.
     */
    private static Netlist dressed(Netlist tmr, SplittableRandom random) {
        Map<String, Integer> choice = new HashMap<>();
        String[] name = new String[tmr.netCount()];   // what the net's readers read
        String[] driven = new String[tmr.netCount()]; // what its driver drives
        boolean[] split = new boolean[tmr.netCount()];
        Map<String, String> shared = new LinkedHashMap<>();   // shared inverter name -> its input
        for (int net = 0; net < tmr.netCount(); net++) {
            name[net] = tmr.netName(net);
            driven[net] = name[net];
            Optional<Replica> r = replica(tmr, net);
            int d = tmr.driver(net);
            if (r.isEmpty() || d < 0) {
                continue;
            }
            String base = name[net].substring(7);
            int pick = choice.computeIfAbsent(base, k -> random.nextInt(4));
            Gate gate = tmr.gate(d);
            if (pick < 2 && readOnlyBy(tmr, net, r.get()) && !tmr.isOutput(net)) {
                name[net] = "$abc$" + net;
                driven[net] = name[net];
                if (gate.type() == GateType.NOT && pick == 0) {
                    split[net] = true;
                } else if (gate.type() == GateType.NOT && replica(tmr, gate.input(0)).isEmpty()) {
                    name[net] = "$abc$not$" + tmr.netName(gate.input(0));
                    driven[net] = name[net];
                    shared.put(name[net], tmr.netName(gate.input(0)));
                }
            } else if (pick == 2) {
                driven[net] = "$tmr$" + r.get() + "." + name[net];
            }
        }
        NetlistBuilder b = Netlist.builder(tmr.name());
        tmr.inputNames().forEach(b::input);
        tmr.outputNames().forEach(b::output);
        for (int net : tmr.inputIds()) {
            if (replica(tmr, net).isEmpty() && choice.computeIfAbsent(tmr.netName(net), k -> random.nextInt(4)) < 2) {
                for (Replica r : Replica.values()) {
                    b.gate(GateType.BUF, "$tmr$" + r + "." + tmr.netName(net), tmr.netName(net));
                }
            }
        }
        shared.forEach((not, in) -> b.gate(GateType.NOT, not, in));
        for (int g = 0; g < tmr.gateCount(); g++) {
            Gate gate = tmr.gate(g);
            int out = gate.output();
            List<String> inputs = new ArrayList<>();
            for (int pin = 0; pin < gate.arity(); pin++) {
                int in = gate.input(pin);
                String read = name[in];
                Optional<Replica> r = replica(tmr, out);
                if (split[in]) {
                    read = name[in] + "$" + g + "$" + pin;
                    b.gate(GateType.NOT, read, name[tmr.gate(tmr.driver(in)).input(0)]);
                } else if (tmr.isInput(in) && r.isPresent() && replica(tmr, in).isEmpty()
                        && choice.get(tmr.netName(in)) == 0) {
                    read = "$tmr$" + r.get() + "." + tmr.netName(in);   // the replica reads its buffer of the input
                }
                inputs.add(read);
            }
            if (split[out] || shared.containsKey(driven[out])) {
                continue;
            }
            b.gate(gate.type(), driven[out], inputs, Location.NONE);
            if (!driven[out].equals(name[out])) {
                b.gate(GateType.BUF, name[out], driven[out]);
            }
        }
        return b.build();
    }

    private static Optional<Replica> replica(Netlist tmr, int net) {
        TmrRoles.Role role = TmrRoles.roleOf(tmr.netName(net));
        return role.region() == TmrRoles.Region.REPLICA ? role.replica() : Optional.empty();
    }

    /** Whether {@code net} is read, and only by gates of replica {@code r} (an inner net of the replica). */
    private static boolean readOnlyBy(Netlist tmr, int net, Replica r) {
        if (tmr.fanoutPins(net).isEmpty()) {
            return false;
        }
        for (var pin : tmr.fanoutPins(net)) {
            if (!replica(tmr, tmr.gate(pin.gate()).output()).equals(Optional.of(r))) {
                return false;
            }
        }
        return true;
    }
}
