package dev.tmrkit.circuits.render;

import dev.tmrkit.circuits.probe.FaultCone;
import dev.tmrkit.circuits.probe.NetValues;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Diagram} shows. Start from {@link #defaults()} and change one thing at a time:
 * <pre>
 * DiagramOptions.defaults().withCone("22").withValues(NetValues.of(netlist, vector))
 * </pre>
 *
 * @param cone             draw only the transitive fan-in of this net (an output, usually) and its output ports
 * @param collapseReplicas draw replica A's gates, but replicas B and C as one box each
 * @param expandVoters     draw each majority voter's AND terms and OR gate; by default a voter is one MAJ node
 * @param maxGates         refuse to draw more gates than this (a collapsed replica counts as one)
 * @param values           net values to write beside each net
 * @param fault            a fault to mark: its site in red, the nets it changes in orange; when computed for one
 *                         vector its good and faulty values are written (and {@code values} is not needed)
 */
public record DiagramOptions(Optional<String> cone, boolean collapseReplicas, boolean expandVoters, int maxGates, Optional<NetValues> values,
                             Optional<FaultCone> fault) {
    /** The default size limit. */
    public static final int DEFAULT_MAX_GATES = 300;

    public DiagramOptions {
        Objects.requireNonNull(cone, "cone");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(fault, "fault");
        if (maxGates < 1) {
            throw new IllegalArgumentException("the gate limit must be at least 1: " + maxGates);
        }
    }

    /** The whole netlist, replicas uncollapsed, voters as MAJ nodes, at most {@value #DEFAULT_MAX_GATES} gates, no values, no fault. */
    public static DiagramOptions defaults() {
        return new DiagramOptions(Optional.empty(), false, false, DEFAULT_MAX_GATES, Optional.empty(), Optional.empty());
    }

    public DiagramOptions withCone(String net) {
        return new DiagramOptions(Optional.of(net), collapseReplicas, expandVoters, maxGates, values, fault);
    }

    public DiagramOptions withCollapseReplicas(boolean collapse) {
        return new DiagramOptions(cone, collapse, expandVoters, maxGates, values, fault);
    }

    public DiagramOptions withExpandVoters(boolean expand) {
        return new DiagramOptions(cone, collapseReplicas, expand, maxGates, values, fault);
    }

    public DiagramOptions withMaxGates(int limit) {
        return new DiagramOptions(cone, collapseReplicas, expandVoters, limit, values, fault);
    }

    public DiagramOptions withValues(NetValues v) {
        return new DiagramOptions(cone, collapseReplicas, expandVoters, maxGates, Optional.of(v), fault);
    }

    public DiagramOptions withFault(FaultCone f) {
        return new DiagramOptions(cone, collapseReplicas, expandVoters, maxGates, values, Optional.of(f));
    }
}
