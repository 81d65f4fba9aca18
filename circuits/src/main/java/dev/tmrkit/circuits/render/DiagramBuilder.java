package dev.tmrkit.circuits.render;

import dev.tmrkit.circuits.tmr.Replica;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.circuits.tmr.TmrRoles.Region;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.Pin;
import dev.tmrkit.gates.fault.Site;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds a {@link Diagram}: selects the nets to draw, folds replicas, checks the size, marks the fault. */
final class DiagramBuilder {
    private final Netlist n;
    private final DiagramOptions options;
    private final FaultMarks marks;
    private final Region[] region;
    private final Replica[] replica;
    /** Nets whose driver (input or gate) is part of the picture, drawn or inside a box. */
    private final boolean[] selected;
    /** Per net: the replica box its driver is folded into, or null. */
    private final Replica[] boxOf;
    private final String[] nodeOf;
    /** Per net: for an AND term of a voter drawn as one MAJ node, the net of that voter's OR; else -1. */
    private final int[] termOf;
    /** Per net: true when its driver is the OR of a voter drawn as one MAJ node. */
    private final boolean[] majority;

    DiagramBuilder(Netlist netlist, DiagramOptions options) {
        this.n = netlist;
        this.options = options;
        options.values().ifPresent(v -> requireSame(v.netlist(), "values"));
        options.fault().ifPresent(f -> requireSame(f.netlist(), "fault"));
        this.marks = new FaultMarks(netlist, options);
        int nets = n.netCount();
        this.region = new Region[nets];
        this.replica = new Replica[nets];
        for (int net = 0; net < nets; net++) {
            classify(net);
        }
        this.selected = select();
        this.boxOf = new Replica[nets];
        this.nodeOf = new String[nets];
        this.termOf = new int[nets];
        Arrays.fill(termOf, -1);
        this.majority = new boolean[nets];
    }

    private void requireSame(Netlist other, String what) {
        if (other != n) {
            throw new IllegalArgumentException("the " + what + " were computed for '" + other.name() + "', not for this '"
                    + n.name() + "' netlist object");
        }
    }

    /** The TMR region and replica a net's name says; a plain netlist is all unreplicated. */
    private void classify(int net) {
        try {
            region[net] = TmrRoles.regionOf(n, net);
            replica[net] = TmrRoles.roleOf(n.netName(net)).replica().orElse(null);
        } catch (IllegalArgumentException e) {
            region[net] = n.isInput(net) ? Region.SHARED_INPUT : Region.UNREPLICATED;
            replica[net] = null;
        }
    }

    /** Every net, or the transitive fan-in of the cone net (through flip-flops too); iterative. */
    private boolean[] select() {
        boolean[] sel = new boolean[n.netCount()];
        if (options.cone().isEmpty()) {
            Arrays.fill(sel, true);
            return sel;
        }
        String name = options.cone().get();
        int root = n.netId(name);
        if (root < 0) {
            throw new IllegalArgumentException("'" + n.name() + "' has no net named '" + name + "'"
                    + (n.outputCount() <= 12 ? "; its outputs are " + String.join(", ", n.outputNames()) : ""));
        }
        int[] stack = new int[n.netCount()];
        int top = 0;
        sel[root] = true;
        stack[top++] = root;
        while (top > 0) {
            int d = n.driver(stack[--top]);
            if (d < 0) {
                continue;
            }
            Gate g = n.gate(d);
            for (int p = 0; p < g.arity(); p++) {
                int in = g.input(p);
                if (!sel[in]) {
                    sel[in] = true;
                    stack[top++] = in;
                }
            }
        }
        return sel;
    }

    Diagram build() {
        int[] order = gateOrder();
        int boxed = options.collapseReplicas() ? fold(order) : 0;
        if (!options.expandVoters()) {
            foldVoters(order);
        }
        int[] boxGates = new int[Replica.values().length];
        int gates = 0;
        for (int g : order) {
            int out = n.gate(g).output();
            if (!selected[out] || termOf[out] >= 0) {
                continue;
            }
            if (boxOf[out] != null) {
                boxGates[boxOf[out].ordinal()]++;
            } else {
                gates++;
            }
        }
        int boxes = 0;
        for (int count : boxGates) {
            boxes += count > 0 ? 1 : 0;
        }
        if (gates + boxes > options.maxGates()) {
            throw new DiagramTooLargeException(n.name(), gates + boxes, options.maxGates());
        }
        List<DiagramNode> nodes = new ArrayList<>();
        Map<Integer, String> drawnAs = new HashMap<>();
        for (int k = 0; k < n.inputCount(); k++) {
            int net = n.input(k);
            if (selected[net]) {
                nodeOf[net] = ElementIds.elementId(n.netName(net));
                nodes.add(new DiagramNode.Input(nodeOf[net], net, n.netName(net), marks.net(net), marks.value(net)));
            }
        }
        for (int g : order) {
            int net = n.gate(g).output();
            if (!selected[net]) {
                continue;
            }
            if (boxOf[net] != null) {
                nodeOf[net] = ElementIds.boxId(boxOf[net]);
                continue;
            }
            if (termOf[net] >= 0) {
                nodeOf[net] = ElementIds.elementId(n.netName(termOf[net]));
                continue;
            }
            nodeOf[net] = ElementIds.elementId(n.netName(net));
            boolean own = region[net] == Region.REPLICA || region[net] == Region.VOTER;
            boolean folded = options.collapseReplicas() && (replica[net] == Replica.B || replica[net] == Replica.C);
            Optional<Replica> cluster = own && !folded ? Optional.ofNullable(replica[net]) : Optional.empty();
            if (majority[net]) {
                nodes.add(new DiagramNode.Voter(nodeOf[net], g, net, n.netName(net), region[net], cluster, n.level(net),
                        n.gate(g).arity(), marks.voter(net), marks.value(net)));
            } else {
                nodes.add(new DiagramNode.Gate(nodeOf[net], g, net, n.netName(net), n.gate(g).type(), region[net], cluster,
                        n.level(net), marks.net(net), marks.value(net)));
            }
        }
        for (Replica r : Replica.ALL) {
            if (boxGates[r.ordinal()] > 0) {
                nodes.add(new DiagramNode.Box(ElementIds.boxId(r), r, boxGates[r.ordinal()], boxMark(r)));
            }
        }
        for (int k = 0; k < n.outputCount(); k++) {
            if (portDrawn(k)) {
                int net = n.output(k);
                nodes.add(new DiagramNode.Output(ElementIds.portId(n.netName(net), k), k, net, n.netName(net), marks.port(k),
                        marks.portValue(k)));
            }
        }
        for (int net = 0; net < n.netCount(); net++) {
            if (nodeOf[net] != null) {
                drawnAs.put(net, nodeOf[net]);
            }
        }
        List<DiagramEdge> edges = edges(order);
        return new Diagram(n, options, nodes, edges, caption(boxed > 0), drawnAs, gates + boxes);
    }

    /** Combinational gates in topological order, then the flip-flops in gate order. */
    private int[] gateOrder() {
        int[] topo = n.topologicalOrder();
        int[] dffs = n.dffGates();
        int[] order = Arrays.copyOf(topo, topo.length + dffs.length);
        System.arraycopy(dffs, 0, order, topo.length, dffs.length);
        return order;
    }

    /** Assigns the gates of replicas B and C to their boxes; returns how many were folded. */
    private int fold(int[] order) {
        int folded = 0;
        for (int g : order) {
            int out = n.gate(g).output();
            if (region[out] == Region.REPLICA && (replica[out] == Replica.B || replica[out] == Replica.C)) {
                boxOf[out] = replica[out];
                folded++;
            }
        }
        return folded;
    }

    /**
     * Finds the voters to draw as one MAJ node: an OR in a voter region whose every input is an AND term in a
     * voter region read by that OR alone (as {@link dev.tmrkit.gates.vote.MajorityVoter} builds them).
     */
    private void foldVoters(int[] order) {
        for (int g : order) {
            Gate or = n.gate(g);
            int out = or.output();
            if (or.type() != GateType.OR || !isVoterRegion(out) || or.arity() < 2) {
                continue;
            }
            boolean terms = true;
            for (int p = 0; p < or.arity() && terms; p++) {
                int in = or.input(p);
                int d = n.driver(in);
                terms = d >= 0 && n.gate(d).type() == GateType.AND && isVoterRegion(in) && n.fanout(in) == 1
                        && !n.isOutput(in) && termOf[in] < 0;
            }
            if (terms) {
                majority[out] = true;
                for (int p = 0; p < or.arity(); p++) {
                    termOf[or.input(p)] = out;
                }
            }
        }
    }

    private boolean isVoterRegion(int net) {
        return region[net] == Region.VOTER || region[net] == Region.REDUCTION_VOTER;
    }

    private boolean portDrawn(int k) {
        int net = n.output(k);
        return selected[net] && options.cone().map(c -> c.equals(n.netName(net))).orElse(true);
    }

    private List<DiagramEdge> edges(int[] order) {
        // the output ports showing each net, as linked lists in declared order
        int[] firstPort = new int[n.netCount()];
        int[] nextPort = new int[n.outputCount()];
        Arrays.fill(firstPort, -1);
        for (int k = n.outputCount() - 1; k >= 0; k--) {
            nextPort[k] = firstPort[n.output(k)];
            firstPort[n.output(k)] = k;
        }
        List<DiagramEdge> edges = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        for (int k = 0; k < n.inputCount(); k++) {
            sources.add(n.input(k));
        }
        for (int g : order) {
            sources.add(n.gate(g).output());
        }
        boolean[] seen = new boolean[n.netCount()];
        for (int net : sources) {
            if (nodeOf[net] == null || seen[net]) {
                continue;
            }
            seen[net] = true;
            List<Pin> pins = n.fanoutPins(net);
            List<String> intoBoxes = new ArrayList<>();
            for (int k = 0; k < pins.size(); k++) {
                Pin pin = pins.get(k);
                int reader = n.gate(pin.gate()).output();
                String to = nodeOf[reader];
                if (to == null || to.equals(nodeOf[net]) || intoBoxes.contains(to)) {
                    continue;
                }
                Mark mark = marks.edge(net, pin);
                if (boxOf[reader] != null || termOf[reader] >= 0) {
                    intoBoxes.add(to);
                    for (int j = k + 1; j < pins.size(); j++) {
                        Pin other = pins.get(j);
                        if (to.equals(nodeOf[n.gate(other.gate()).output()]) && marks.edge(net, other) == Mark.SITE) {
                            mark = Mark.SITE;
                        }
                    }
                }
                edges.add(new DiagramEdge(ElementIds.edgeId(n.netName(net), k), nodeOf[net], to, net, inverted(net),
                        n.gate(pin.gate()).type() == GateType.DFF, mark));
            }
            for (int k = firstPort[net]; k >= 0; k = nextPort[k]) {
                if (portDrawn(k)) {
                    Mark mark = marks.portEdge(net, k);
                    edges.add(new DiagramEdge(ElementIds.portEdgeId(n.netName(net), k), nodeOf[net],
                            ElementIds.portId(n.netName(net), k), net, inverted(net), false, mark));
                }
            }
        }
        return edges;
    }

    private boolean inverted(int net) {
        int d = n.driver(net);
        return d >= 0 && boxOf[net] == null && n.gate(d).type().isInverting();
    }

    private Mark boxMark(Replica r) {
        if (!marks.present()) {
            return Mark.NONE;
        }
        Site site = marks.site().orElseThrow();
        int siteNet = site instanceof Site.Stem s ? s.net()
                : site instanceof Site.Branch b ? n.gate(b.gate()).output() : -1;
        if (siteNet >= 0 && boxOf[siteNet] == r) {
            return Mark.SITE;
        }
        for (int net = 0; net < n.netCount(); net++) {
            if (boxOf[net] == r && selected[net] && marks.differs(net)) {
                return Mark.CONE;
            }
        }
        return Mark.NONE;
    }

    private List<String> caption(boolean collapsed) {
        List<String> lines = new ArrayList<>();
        lines.add(n.name());
        options.cone().ifPresent(c -> lines.add("fan-in cone of " + c));
        if (collapsed) {
            lines.add("replicas B and C collapsed");
        }
        marks.caption(lines, net -> selected[net]);
        return lines;
    }
}
