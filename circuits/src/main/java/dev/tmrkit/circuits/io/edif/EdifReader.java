package dev.tmrkit.circuits.io.edif;

import dev.tmrkit.circuits.io.ClockedNetlist;
import dev.tmrkit.circuits.io.NetlistAssembly;
import dev.tmrkit.circuits.io.NetlistNameAttribute;
import dev.tmrkit.circuits.io.ClockedTextReader;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads EDIF 2 0 0: what {@link EdifWriter} writes, and the Vivado/SpyDrNet-style subset ({@link EdifDesign}: libraries
 * and external libraries, cells with interfaces and contents, instances flattened, nets joining port references,
 * arrays and members, {@code rename}, properties) with the primitives of {@link EdifPrimitives}. Properties other
 * than a primitive's {@code INIT} ({@code DONT_TOUCH}, {@code KEEP}, ...) do not change the logic and are accepted.
 *
 * <p><b>Names.</b> The netlist is named by the design cell's property {@link NetlistNameAttribute#NAME}, else the
 * cell's name. A net is named after the top cell's input port on it, else its first output port, else its net in the
 * top cell, else its net in the shallowest instance ({@code u1/n3}), else {@code $edif$n<k>}; an output port whose
 * net is named otherwise (an input, or another output) is driven by a BUF of its own name. Nets generated for
 * look-up tables and flip-flops are in the {@code $yosys$} namespace, as from Yosys JSON.
 *
 * <p><b>Clock.</b> All flip-flops share one clock input and edge, reached from their {@code C} pins through any
 * buffers ({@code IBUF}, {@code BUFG}: a Vivado clock tree, which is dropped); it is dropped from the inputs
 * (tmrkit's clock is implicit) and no logic may read it. Errors are {@code file:line:column: reason}.
 */
public final class EdifReader extends ClockedTextReader {
    /** A strict reader: every net read must be driven; whatever clocks the flip-flops is the clock. */
    public EdifReader() {
        this(false, null);
    }

    private EdifReader(boolean undrivenAsInputs, String clock) {
        super(undrivenAsInputs, clock);
    }

    @Override
    protected EdifReader with(boolean undrivenAsInputs, String clock) {
        return new EdifReader(undrivenAsInputs, clock);
    }

    @Override
    public ClockedNetlist readClocked(String source, Reader in) throws IOException {
        EdifDesign d = new EdifDesign(source, SExpr.parse(source, in));
        Set<EdifDesign.Primitive> clockTree = clockTree(d);
        Map<Integer, String> names = names(d);
        Map<Integer, String> generated = new HashMap<>();
        Set<String> taken = new HashSet<>(names.values());
        java.util.function.Function<Integer, String> net = node -> {
            int root = d.root(node);
            String n = names.get(root);
            return n != null ? n : generated.computeIfAbsent(root, r -> {
                String g = "$edif$n" + r;
                for (int k = 2; taken.contains(g); k++) {
                    g = "$edif$n" + r + "$" + k;
                }
                taken.add(g);
                return g;
            });
        };
        NetlistAssembly netlist = new NetlistAssembly(source, netlistName(d), undrivenAsInputs);
        ClockState clockState = new ClockState();
        Set<String> readByLogic = new HashSet<>();
        EdifPrimitives primitives = new EdifPrimitives(netlist, (n, edge, at) -> clockState.clock(d, n, edge, at),
                d.connected::contains);
        for (EdifDesign.Primitive p : d.primitives) {
            if (clockTree.contains(p)) {
                continue;
            }
            primitives.emit(p, net, n -> {
                readByLogic.add(n);
                netlist.read(n, p.at().line(), p.at().column());
            }, reason -> d.fail(p.at(), reason));
        }
        String dropped = inputs(d, netlist, net, clockState, readByLogic);
        outputs(d, netlist, net, readByLogic);
        if (clockState.net != null && readByLogic.contains(clockState.net)) {
            throw new ParseException(source, clockState.at.line(), clockState.at.column(), "the clock '" + clockState.net
                    + "' is also read by logic or an output; tmrkit models one implicit clock that the logic cannot see");
        }
        if (netlist.hasPorts() || !d.primitives.isEmpty()) {
            return new ClockedNetlist(netlist.build(), Optional.ofNullable(dropped));
        }
        throw new ParseException(source, d.top.at().line(), d.top.at().column(), "the design cell has no ports and no logic");
    }

    /**
     * The buffers between a clock input and the flip-flops' clock pins ({@code IBUF}, {@code BUFG}, ...): their output
     * and input become one net, the clock, and they are not emitted (tmrkit's clock is implicit).
     */
    private static Set<EdifDesign.Primitive> clockTree(EdifDesign d) {
        Set<Integer> clocks = new HashSet<>();
        for (EdifDesign.Primitive p : d.primitives) {
            if (EdifPrimitives.isFlipFlop(p.cell().name().text()) && p.pin("C") != null) {
                clocks.add(d.root(p.pin("C")));
            }
        }
        Set<EdifDesign.Primitive> tree = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (boolean changed = true; changed; ) {
            changed = false;
            for (EdifDesign.Primitive p : d.primitives) {
                Integer in = p.pin("I");
                Integer out = p.pin("O");
                if (!tree.contains(p) && EdifPrimitives.isBuffer(p.cell().name().text()) && in != null && out != null
                        && clocks.contains(d.root(out))) {
                    clocks.remove(d.root(out));
                    d.union(in, out);
                    clocks.add(d.root(in));
                    tree.add(p);
                    changed = true;
                }
            }
        }
        return tree;
    }

    /** The clock of the flip-flops seen so far. */
    private static final class ClockState {
        String net;
        char edge;
        Location at;

        void clock(EdifDesign d, String n, char e, Location where) {
            if (net == null) {
                net = n;
                edge = e;
                at = where;
            } else if (!n.equals(net) || e != edge) {
                throw new ParseException(d.source, where.line(), where.column(), "this flip-flop is clocked by '" + n
                        + "', the one at line " + at.line() + " by '" + net + "'; tmrkit models a single implicit clock");
            }
        }
    }

    private String inputs(EdifDesign d, NetlistAssembly netlist, java.util.function.Function<Integer, String> net,
                          ClockState clockState, Set<String> readByLogic) {
        if (clock != null && !clock.equals(clockState.net)) {
            Location at = clockState.at != null ? clockState.at : new Location(d.top.at().line(), d.top.at().column());
            throw new ParseException(d.source, at.line(), at.column(), "--clock " + clock + ": " + (clockState.net == null
                    ? "the design has no flip-flop" : "'" + clock + "' does not feed the flip-flops' clock; they are clocked by '"
                    + clockState.net + "'"));
        }
        String dropped = null;
        for (int k = 0; k < d.portBits.size(); k++) {
            String direction = d.portDirections.get(k);
            SExpr at = d.portAt.get(k);
            if (direction.equals("INOUT")) {
                throw d.fail(at, "port " + d.portBits.get(k) + " is inout; tmrkit reads inputs and outputs");
            }
            if (!direction.equals("INPUT")) {
                continue;
            }
            String n = net.apply(d.portNodes.get(k));
            if (n.equals(clockState.net) && dropped == null && !readByLogic.contains(n)) {
                dropped = n;
                continue;
            }
            netlist.input(n, new Location(at.line(), at.column()));
        }
        if (clockState.net != null && dropped == null) {
            throw new ParseException(d.source, clockState.at.line(), clockState.at.column(), "the clock '" + clockState.net
                    + "' is not an input port of the design" + (readByLogic.contains(clockState.net) ? " or is read by logic"
                    : "") + "; tmrkit models one clock that comes from outside");
        }
        return dropped;
    }

    private static void outputs(EdifDesign d, NetlistAssembly netlist, java.util.function.Function<Integer, String> net,
                                Set<String> readByLogic) {
        for (int k = 0; k < d.portBits.size(); k++) {
            if (!d.portDirections.get(k).equals("OUTPUT")) {
                continue;
            }
            SExpr at = d.portAt.get(k);
            Location where = new Location(at.line(), at.column());
            String n = net.apply(d.portNodes.get(k));
            String port = d.portBits.get(k);
            netlist.read(n, at.line(), at.column());
            readByLogic.add(n);
            if (!n.equals(port)) {
                netlist.gate(GateType.BUF, port, List.of(n), where);
            }
            netlist.output(port, where);
        }
    }

    /** The design cell's {@link NetlistNameAttribute} property, else its name. */
    private static String netlistName(EdifDesign d) {
        for (SExpr p : d.top.view().all("property")) {
            if (p.args().size() >= 2 && d.name(p.args().get(0)).id().equals(NetlistNameAttribute.NAME)) {
                SExpr v = p.args().get(1);
                if (v.keyword().equals("string") && v.args().size() == 1 && v.args().get(0).string()) {
                    return v.args().get(0).atom();
                }
            }
        }
        return d.top.name().text();
    }

    /** Names by class root: the best-ranked name of each class, port names reserved for their own classes. */
    private static Map<Integer, String> names(EdifDesign d) {
        Map<Integer, String> names = new HashMap<>();
        Set<String> used = new HashSet<>();
        List<EdifDesign.NetName> candidates = new ArrayList<>(d.netNames);
        candidates.sort(Comparator.comparingInt(EdifDesign.NetName::rank));
        for (EdifDesign.NetName c : candidates) {
            if (c.rank() <= 1) {
                int root = d.root(c.node());
                if (!names.containsKey(root) && !used.contains(c.name())) {
                    names.put(root, c.name());
                    used.add(c.name());
                }
            }
        }
        used.addAll(d.portBits);
        for (EdifDesign.NetName c : candidates) {
            int root = d.root(c.node());
            if (c.rank() > 1 && !names.containsKey(root) && used.add(c.name())) {
                names.put(root, c.name());
            }
        }
        return names;
    }
}
