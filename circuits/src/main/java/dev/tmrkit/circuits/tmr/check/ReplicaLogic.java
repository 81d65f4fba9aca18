package dev.tmrkit.circuits.tmr.check;

import dev.tmrkit.circuits.tmr.Replica;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which gates and flip-flops are a replica's logic, found by structure rather than by the names of their output
 * nets (which synthesis keeps for some nets only, and adds to port and alias buffers): replica X's logic is the
 * fan-in of the nets named for X, cut at the circuit's inputs, at the voters (and their copies) and at the nets
 * named for the other replicas. A gate in the logic of exactly one replica belongs to it; one in the logic of
 * several (unreplicated logic all three read, or replica logic a tool merged) belongs to none.
 *
 * <p>What counts as a gate: a combinational gate that computes something, so neither a buffer (a port or an alias
 * of a net, as Yosys writes {@code $tmr$A.7} for input {@code 7}) nor a constant; an inverter counts once per net
 * it inverts (looking through buffers) in each replica whose logic uses it, shared or not, because readers spell a
 * synthesised cell's inverted input ({@code $_ANDNOT_}) differently: tmrkit's Yosys JSON and Verilog readers share
 * one NOT per net among all its readers, its BLIF reader gives each cover its own.
 */
final class ReplicaLogic {
    private ReplicaLogic() {
    }

    /**
     * Per gate, the replicas whose logic holds it (bit {@code r.ordinal()}), given which replica each net is named for
     * and the voter outputs, copies of them included.
     */
    static int[] reached(Netlist netlist, Function<Integer, Optional<Replica>> replicaOf, Set<Integer> voterNets) {
        int[] reached = new int[netlist.gateCount()];
        for (Replica r : Replica.values()) {
            walk(netlist, r, replicaOf, voterNets, reached);
        }
        return reached;
    }

    /** Per replica {gates, flip-flops} of its logic alone, from {@link #reached}. */
    static Map<Replica, int[]> count(Netlist netlist, int[] reached) {
        Map<Replica, int[]> counts = new EnumMap<>(Replica.class);
        for (Replica r : Replica.values()) {
            int bit = 1 << r.ordinal();
            int gates = 0;
            int dffs = 0;
            Set<Integer> inverted = new HashSet<>();
            for (int g = 0; g < reached.length; g++) {
                GateType type = netlist.gateType(g);
                if ((reached[g] & bit) == 0 || type == GateType.BUF || type.isConstant()) {
                    continue;
                }
                if (type == GateType.NOT) {
                    inverted.add(throughBuffers(netlist, netlist.gateInput(g, 0)));
                } else if (reached[g] == bit) {
                    if (type == GateType.DFF) {
                        dffs++;
                    } else {
                        gates++;
                    }
                }
            }
            counts.put(r, new int[] {gates + inverted.size(), dffs});
        }
        return counts;
    }

    /**
     * Gates (inverters not counted, see above) and flip-flops in the logic of two or more replicas: none in a TMR
     * netlist, whose replicas share only primary inputs and voters; more when a tool merged replica logic.
     */
    static int shared(Netlist netlist, int[] reached) {
        int shared = 0;
        for (int g = 0; g < reached.length; g++) {
            GateType type = netlist.gateType(g);
            if (Integer.bitCount(reached[g]) >= 2 && type != GateType.BUF && type != GateType.NOT && !type.isConstant()) {
                shared++;
            }
        }
        return shared;
    }

    /** The net a chain of buffers ending in {@code net} copies. */
    private static int throughBuffers(Netlist netlist, int net) {
        int d = netlist.driver(net);
        while (d >= 0 && netlist.gateType(d) == GateType.BUF) {
            net = netlist.gateInput(d, 0);
            d = netlist.driver(net);
        }
        return net;
    }

    /** Marks the gates in replica {@code r}'s logic with its bit. */
    private static void walk(Netlist netlist, Replica r, Function<Integer, Optional<Replica>> replicaOf,
                             Set<Integer> voterNets, int[] reached) {
        int bit = 1 << r.ordinal();
        Deque<Integer> nets = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        for (int net = 0; net < netlist.netCount(); net++) {
            if (replicaOf.apply(net).equals(Optional.of(r))) {
                nets.push(net);
                seen.add(net);
            }
        }
        while (!nets.isEmpty()) {
            int net = nets.pop();
            int d = netlist.driver(net);
            if (d < 0) {
                continue;
            }
            reached[d] |= bit;
            Gate gate = netlist.gate(d);
            for (int pin = 0; pin < gate.arity(); pin++) {
                int in = gate.input(pin);
                Optional<Replica> owner = replicaOf.apply(in);
                boolean other = owner.isPresent() && owner.get() != r;
                if (!other && !voterNets.contains(in) && seen.add(in)) {
                    nets.push(in);
                }
            }
        }
    }
}
