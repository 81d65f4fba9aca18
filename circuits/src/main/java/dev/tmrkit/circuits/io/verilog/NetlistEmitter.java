package dev.tmrkit.circuits.io.verilog;

import dev.tmrkit.circuits.io.ClockedNetlist;
import dev.tmrkit.circuits.io.NetlistAssembly;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import dev.tmrkit.gates.Netlist;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names the nets an {@link Elaborator} found and emits their gates. A net is named after a top-level port bit, else a
 * top-level wire, else a wire inside an instance: by its own name when no other instance or the top has a wire of
 * that name (so the replicas of tmrkit's kept Verilog keep their names), else {@code instance.name} as Yosys's
 * {@code flatten} names it. Intermediate nets of expressions are {@code $verilog$<k>}.
 */
final class NetlistEmitter {
    private static final String PREFIX = "$verilog$";

    private final Elaborator e;
    private final String source;
    private final Elaborator.Signals signals;
    private final Map<Integer, String> names = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private final Map<String, String> inverted = new HashMap<>();
    private final String[] constants = new String[2];
    private NetlistAssembly netlist;
    private int clockRoot = -1;
    /** Roots of nets that only copy the clock and are no output ({@link #clockCopies}). */
    private final Set<Integer> clockCopies = new HashSet<>();
    private int fresh;

    NetlistEmitter(Elaborator e, String source) {
        this.e = e;
        this.source = source;
        this.signals = e.signals;
    }

    ClockedNetlist emit(String name, String clockName, boolean undrivenAsInputs) {
        nameNets();
        Map<Integer, Elaborator.Drivers.Driver> drivers = e.drivers.byRoot(signals, e);
        clock(clockName);
        netlist = new NetlistAssembly(source, name, undrivenAsInputs);
        Set<Integer> declared = new HashSet<>();
        for (int k = 0; k < e.inputs.size(); k++) {
            int root = signals.find(e.inputs.get(k));
            Elaborator.Drivers.Driver d = drivers.get(root);
            if (d != null) {
                throw e.fail(d.at(), "input '" + names.get(root) + "' is driven inside the module");
            }
            if (root != clockRoot && declared.add(root)) {
                netlist.input(names.get(root), location(e.inputTokens.get(k)));
            }
        }
        clockCopies(drivers);
        for (Elaborator.Drivers.Driver d : drivers.values()) {
            if (clockCopies.contains(signals.find(d.signal()))) {
                continue;
            }
            String out = names.get(signals.find(d.signal()));
            Location at = location(d.at());
            if (!d.flop()) {
                compile(d.value(), out, at);
            } else if (d.reset() == null) {
                store(out, compile(d.value(), null, at), d.init(), at);
            } else {
                // asynchronous reset: q = R ? V : state, state' = R ? V : next (exact for a synchronous stimulus)
                String state = fresh(out + "$state");
                Bit value = d.resetValue() ? Bit.ONE : Bit.ZERO;
                store(state, compile(Bit.mux(d.reset(), d.value(), value), null, at), d.init(), at);
                String r = compile(d.reset(), null, at);
                if (d.resetValue()) {
                    gate(GateType.OR, out, List.of(state, r), at);
                } else {
                    gate(GateType.AND, out, List.of(state, not(r, at)), at);
                }
            }
        }
        for (int k = 0; k < e.outputs.size(); k++) {
            int root = signals.find(e.outputs.get(k));
            if (root == clockRoot) {
                throw e.fail(e.outputTokens.get(k), "the clock '" + names.get(root) + "' is also an output; tmrkit models"
                        + " one implicit clock that the logic cannot see");
            }
            netlist.output(names.get(root), location(e.outputTokens.get(k)));
        }
        return new ClockedNetlist(netlist.build(), clockRoot < 0 ? Optional.empty() : Optional.of(names.get(clockRoot)));
    }

    /**
     * Nets that only copy the clock ({@code assign \$tmr$A.clk = clk;}, as Yosys writes a flattened instance's clock
     * port) and are no output: they are not emitted, and logic that reads one reads the clock (an error, in {@link
     * #compile}). Copies of copies count too.
     */
    private void clockCopies(Map<Integer, Elaborator.Drivers.Driver> drivers) {
        if (clockRoot < 0) {
            return;
        }
        Set<Integer> outputs = new HashSet<>();
        for (int o : e.outputs) {
            outputs.add(signals.find(o));
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Elaborator.Drivers.Driver d : drivers.values()) {
                int root = signals.find(d.signal());
                if (!d.flop() && d.value() instanceof Bit.Signal s && !outputs.contains(root) && !clockCopies.contains(root)
                        && (signals.find(s.id()) == clockRoot || clockCopies.contains(signals.find(s.id())))) {
                    clockCopies.add(root);
                    grew = true;
                }
            }
        }
    }

    private void nameNets() {
        Map<String, Integer> localCount = new HashMap<>();
        Set<String> topNames = new HashSet<>();
        for (int s = 0; s < signals.size(); s++) {
            if (signals.path(s).isEmpty()) {
                topNames.add(signals.local(s));
            } else {
                localCount.merge(signals.local(s), 1, Integer::sum);
            }
        }
        int[] best = new int[signals.size()];
        java.util.Arrays.fill(best, -1);
        for (int s = 0; s < signals.size(); s++) {
            int root = signals.find(s);
            if (best[root] < 0 || signals.priority(s) < signals.priority(best[root])) {
                best[root] = s;
            }
        }
        Map<String, Integer> owner = new HashMap<>();
        for (int s = 0; s < signals.size(); s++) {
            if (best[s] < 0) {
                continue;
            }
            int b = best[s];
            String local = signals.local(b);
            String n = signals.path(b).isEmpty() || localCount.get(local) == 1 && !topNames.contains(local)
                    ? local : signals.fullName(b);
            Integer other = owner.putIfAbsent(n, s);
            if (other != null) {
                throw e.fail(signals.declared(b), "two different nets are both named '" + n + "' (the other is declared"
                        + " at line " + signals.declared(best[other]).line() + ")");
            }
            names.put(s, n);
            used.add(n);
        }
    }

    private void clock(String clockName) {
        for (int k = 0; k < e.clockSignals.size(); k++) {
            int root = signals.find(e.clockSignals.get(k));
            Ast.Edge edge = e.clockEdges.get(k);
            if (clockRoot < 0) {
                clockRoot = root;
            } else if (root != clockRoot || edge.rising() != e.clockEdges.get(0).rising()) {
                Ast.Edge first = e.clockEdges.get(0);
                throw e.fail(edge.at(), "flip-flops clocked by the " + (edge.rising() ? "rising" : "falling") + " edge of '"
                        + names.get(root) + "', but those at line " + first.at().line() + " by the " + (first.rising()
                        ? "rising" : "falling") + " edge of '" + names.get(clockRoot) + "'; tmrkit models a single implicit clock");
            }
        }
        if (clockName != null) {
            if (clockRoot < 0) {
                throw new ParseException(source, 1, 1, "--clock " + clockName + ": the design has no flip-flops, so no clock");
            }
            if (!names.get(clockRoot).equals(clockName)) {
                throw e.fail(e.clockEdges.get(0).at(), "--clock " + clockName + ": '" + clockName + "' does not feed the"
                        + " flip-flops' clock; they are clocked by '" + names.get(clockRoot) + "'");
            }
        }
        if (clockRoot >= 0 && e.inputs.stream().noneMatch(s -> signals.find(s) == clockRoot)) {
            throw e.fail(e.clockEdges.get(0).at(), "the clock '" + names.get(clockRoot) + "' is not a primary input; tmrkit"
                    + " models one clock that comes from outside (gated and generated clocks are not supported)");
        }
    }

    private String fresh(String hint) {
        String n = PREFIX + hint;
        while (!used.add(n)) {
            n = PREFIX + hint + "$" + ++fresh;
        }
        return n;
    }

    private static Location location(Token t) {
        return new Location(t.line(), t.column());
    }

    /** A DFF driving {@code q}; an initial value 1 is kept by storing the complement. */
    private void store(String q, String next, boolean initOne, Location at) {
        if (initOne) {
            String state = fresh(q + "$init1");
            netlist.gate(GateType.NOT, q, List.of(state), at);
            netlist.gate(GateType.DFF, state, List.of(not(next, at)), at);
        } else {
            netlist.gate(GateType.DFF, q, List.of(next), at);
        }
    }

    private String not(String net, Location at) {
        return inverted.computeIfAbsent(net, n -> {
            String out = fresh(n + "$not");
            netlist.gate(GateType.NOT, out, List.of(n), at);
            return out;
        });
    }

    private String constant(boolean one, Location at) {
        int k = one ? 1 : 0;
        if (constants[k] == null) {
            constants[k] = fresh(one ? "const1" : "const0");
            netlist.gate(one ? GateType.CONST1 : GateType.CONST0, constants[k], List.of(), at);
        }
        return constants[k];
    }

    /** The net computing {@code b}: {@code target} if given, else an existing or a fresh net. */
    private String compile(Bit b, String target, Location at) {
        if (b instanceof Bit.Signal s) {
            int root = signals.find(s.id());
            if (root == clockRoot || clockCopies.contains(root)) {
                throw e.fail(s.at(), "the clock '" + names.get(clockRoot) + "' is also read by logic"
                        + (root == clockRoot ? "" : " (through its copy '" + names.get(root) + "')")
                        + "; tmrkit models one implicit clock that the logic cannot see");
            }
            String net = names.get(root);
            netlist.read(net, s.at().line(), s.at().column());
            return target == null ? net : gate(GateType.BUF, target, List.of(net), at);
        }
        if (b instanceof Bit.Constant c) {
            return target == null ? constant(c.one(), at) : gate(c.one() ? GateType.CONST1 : GateType.CONST0, target, List.of(), at);
        }
        if (b instanceof Bit.Not n && n.operand() instanceof Bit.Gate g) {
            GateType type = g.type() == GateType.AND ? GateType.NAND : g.type() == GateType.OR ? GateType.NOR : GateType.XNOR;
            return gate(type, target, operands(g, at), at);
        }
        if (b instanceof Bit.Not n) {
            String in = compile(n.operand(), null, at);
            return target == null ? not(in, at) : gate(GateType.NOT, target, List.of(in), at);
        }
        if (b instanceof Bit.Gate g) {
            return gate(g.type(), target, operands(g, at), at);
        }
        Bit.Mux m = (Bit.Mux) b;
        String s = compile(m.select(), null, at);
        String zero = compile(m.zero(), null, at);
        String one = compile(m.one(), null, at);
        String low = gate(GateType.AND, null, List.of(zero, not(s, at)), at);
        String high = gate(GateType.AND, null, List.of(one, s), at);
        return gate(GateType.OR, target, List.of(low, high), at);
    }

    private List<String> operands(Bit.Gate g, Location at) {
        List<String> in = new ArrayList<>();
        for (Bit o : g.operands()) {
            in.add(compile(o, null, at));
        }
        return in;
    }

    private String gate(GateType type, String target, List<String> inputs, Location at) {
        String out = target == null ? fresh(Integer.toString(fresh++)) : target;
        netlist.gate(type, out, inputs, at);
        return out;
    }
}
