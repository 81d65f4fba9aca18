package dev.tmrkit.circuits.render;

import dev.tmrkit.gates.Netlist;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a circuit diagram shows, decided once from a netlist and {@link DiagramOptions}, independent of
 * how it is laid out: the nodes (inputs, gates, collapsed replicas, output ports, in drawing order), the
 * edges, their fault marks and value annotations, and a caption. {@link DotWriter} turns it into DOT.
 */
public final class Diagram {
    private final Netlist netlist;
    private final DiagramOptions options;
    private final List<DiagramNode> nodes;
    private final List<DiagramEdge> edges;
    private final List<String> caption;
    private final Map<Integer, String> drawnAs;
    private final int gateCount;

    Diagram(Netlist netlist, DiagramOptions options, List<DiagramNode> nodes, List<DiagramEdge> edges, List<String> caption,
            Map<Integer, String> drawnAs, int gateCount) {
        this.netlist = netlist;
        this.options = options;
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.caption = List.copyOf(caption);
        this.drawnAs = Map.copyOf(drawnAs);
        this.gateCount = gateCount;
    }

    /**
     * The diagram of {@code netlist} as {@code options} ask.
     *
     * @throws DiagramTooLargeException when it would draw more than {@link DiagramOptions#maxGates()} gates
     * @throws IllegalArgumentException when the cone net does not exist, or the values or fault belong to
     *     another netlist
     */
    public static Diagram of(Netlist netlist, DiagramOptions options) {
        return new DiagramBuilder(netlist, options).build();
    }

    public Netlist netlist() {
        return netlist;
    }

    public DiagramOptions options() {
        return options;
    }

    /** Inputs in declared order, gates in topological order (flip-flops last), replica boxes, output ports. */
    public List<DiagramNode> nodes() {
        return nodes;
    }

    /** Edges by driving net (in node order), each net's fanout branches in order, then output ports. */
    public List<DiagramEdge> edges() {
        return edges;
    }

    /** Lines that say what the picture shows: the netlist, the cone, the vector, the fault. */
    public List<String> caption() {
        return caption;
    }

    /** Gates drawn, a collapsed replica counting as one. */
    public int gateCount() {
        return gateCount;
    }

    /**
     * The id of the node that shows net {@code netName} in this diagram: its own node, or the box of the
     * collapsed replica it is part of; empty when the net is not drawn (outside the cone) or unknown.
     */
    public Optional<String> elementOf(String netName) {
        int net = netlist.netId(netName);
        return net < 0 ? Optional.empty() : Optional.ofNullable(drawnAs.get(net));
    }

    /** The id of the node driving {@code netName}, in any diagram: {@link ElementIds#elementId}. */
    public static String elementId(String netName) {
        return ElementIds.elementId(netName);
    }
}
