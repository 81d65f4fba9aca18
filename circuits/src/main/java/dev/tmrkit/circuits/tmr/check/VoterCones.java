package dev.tmrkit.circuits.tmr.check;

import dev.tmrkit.circuits.tmr.Replica;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds majority voters by structure, whatever a synthesis tool made of their gates: a net is a voter output when
 * its combinational fan-in cone, cut at nets that belong to a replica, reads exactly one net of each of replicas
 * A, B and C (within {@link #MAX_GATES} gates) and computes their majority on all eight input combinations.
 *
 * <p>A net that only copies another voter output is not a voter of its own: a buffer or two inverters after a voter
 * (Yosys's BLIF names a flattened voter's output {@code $tmr$u$0.o0} and the port it drives, {@code 22}, a buffer of
 * it). Such a net is recognised by its cone cut at the other voter outputs: it reads one of them and nothing else.
 * It is then a function of that voter output alone and equal to it on both of its values, so a copy of it.
 */
final class VoterCones {
    /** The largest cone considered a voter: a majority gate needs at most a handful of 2-input cells. */
    static final int MAX_GATES = 12;

    private VoterCones() {
    }

    /** The voter outputs of {@code netlist}, copies left out, given which replica (if any) each net belongs to. */
    static Set<Integer> voterOutputs(Netlist netlist, Function<Integer, Optional<Replica>> replicaOf) {
        return withoutCopies(netlist, majorityNets(netlist, replicaOf), replicaOf);
    }

    /** Every net that computes the majority of one net of each replica: the voter outputs and their copies. */
    static Set<Integer> majorityNets(Netlist netlist, Function<Integer, Optional<Replica>> replicaOf) {
        Set<Integer> voters = new LinkedHashSet<>();
        for (int g = 0; g < netlist.gateCount(); g++) {
            Gate gate = netlist.gate(g);
            int out = gate.output();
            if (gate.type() == GateType.DFF || replicaOf.apply(out).isPresent()) {
                continue;
            }
            List<Integer> cone = new ArrayList<>();
            Map<Replica, Integer> leaves = new HashMap<>();
            if (collect(netlist, out, replicaOf, cone, leaves) && leaves.size() == 3 && isMajority(netlist, out, leaves)) {
                voters.add(out);
            }
        }
        return voters;
    }

    /** {@code majority} without the nets that only copy another of them. */
    static Set<Integer> withoutCopies(Netlist netlist, Set<Integer> majority,
                                      Function<Integer, Optional<Replica>> replicaOf) {
        Set<Integer> voters = new LinkedHashSet<>(majority);
        Set<Integer> copies = new HashSet<>();
        for (int v : voters) {
            Set<Integer> reads = new HashSet<>();
            cut(netlist, netlist.driver(v), voters, replicaOf, new HashSet<>(), reads);
            if (reads.size() == 1 && voters.containsAll(reads)) {
                copies.add(v);
            }
        }
        voters.removeAll(copies);
        return voters;
    }

    /**
     * The nets gate {@code g}'s cone reads when cut at the voter outputs {@code stops} and at replica nets. Only called
     * on a voter's cone, which {@link #collect} found to be small and made of combinational gates.
     */
    private static void cut(Netlist netlist, int g, Set<Integer> stops, Function<Integer, Optional<Replica>> replicaOf,
                            Set<Integer> seen, Set<Integer> reads) {
        if (!seen.add(g)) {
            return;
        }
        Gate gate = netlist.gate(g);
        for (int pin = 0; pin < gate.arity(); pin++) {
            int in = gate.input(pin);
            if (stops.contains(in) || replicaOf.apply(in).isPresent()) {
                reads.add(in);
            } else {
                cut(netlist, netlist.driver(in), stops, replicaOf, seen, reads);
            }
        }
    }

    /** Gathers the cone's gates and its replica leaves; false when it reads anything else or grows too big. */
    private static boolean collect(Netlist netlist, int net, Function<Integer, Optional<Replica>> replicaOf,
                                   List<Integer> cone, Map<Replica, Integer> leaves) {
        Optional<Replica> r = replicaOf.apply(net);
        if (r.isPresent()) {
            Integer seen = leaves.putIfAbsent(r.get(), net);
            return seen == null || seen == net;
        }
        int d = netlist.driver(net);
        if (d < 0 || netlist.gate(d).type() == GateType.DFF || netlist.gate(d).type().isConstant()) {
            return false;
        }
        if (cone.contains(d)) {
            return true;
        }
        cone.add(d);
        if (cone.size() > MAX_GATES) {
            return false;
        }
        Gate gate = netlist.gate(d);
        for (int pin = 0; pin < gate.arity(); pin++) {
            if (!collect(netlist, gate.input(pin), replicaOf, cone, leaves)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMajority(Netlist netlist, int out, Map<Replica, Integer> leaves) {
        for (int m = 0; m < 8; m++) {
            Map<Integer, Boolean> value = new HashMap<>();
            int ones = 0;
            for (Replica r : Replica.values()) {
                boolean bit = (m >> r.ordinal() & 1) != 0;
                value.put(leaves.get(r), bit);
                ones += bit ? 1 : 0;
            }
            if (eval(netlist, out, value) != ones >= 2) {
                return false;
            }
        }
        return true;
    }

    private static boolean eval(Netlist netlist, int net, Map<Integer, Boolean> value) {
        Boolean v = value.get(net);
        if (v != null) {
            return v;
        }
        Gate gate = netlist.gate(netlist.driver(net));
        boolean[] in = new boolean[gate.arity()];
        for (int pin = 0; pin < in.length; pin++) {
            in[pin] = eval(netlist, gate.input(pin), value);
        }
        boolean result = gate.type().apply(in);
        value.put(net, result);
        return result;
    }
}
