package dev.tmrkit.circuits.render;

import dev.tmrkit.circuits.tmr.Replica;

/**
 * The {@code id} attributes of a diagram's elements, derived from net names alone, so they are the same in
 * every diagram of a netlist and a page can compute them without the diagram. A net name is escaped
 * letter for letter: ASCII letters and digits stay, every other UTF-16 unit becomes {@code _} and four
 * lower-case hex digits ({@code $tmr$A$22} becomes {@code n__0024tmr_0024A_002422}). The escape is
 * injective and never produces {@code -}, so suffixes after a {@code -} cannot collide:
 * <pre>
 * n_NAME          the node driving the net: its gate, or its primary input
 * n_NAME-eK       the edge to fanout branch K of the net (K in {@link dev.tmrkit.gates.Netlist#fanoutPins} order)
 * n_NAME-oK       the node of output port K (declared output order) showing the net
 * n_NAME-eoK      the edge from the net to output port K
 * replica-X       the box standing for replica X when replicas are collapsed
 * cluster_X       the cluster around replica X
 * </pre>
 */
public final class ElementIds {
    private ElementIds() {
    }

    /** The id of the node that drives {@code netName}: {@code n_} and the escaped name. */
    public static String elementId(String netName) {
        StringBuilder sb = new StringBuilder(netName.length() + 8).append("n_");
        for (int i = 0; i < netName.length(); i++) {
            char c = netName.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                sb.append(c);
            } else {
                sb.append('_');
                String hex = Integer.toHexString(c);
                sb.append("0000", hex.length(), 4).append(hex);
            }
        }
        return sb.toString();
    }

    /** The edge to fanout branch {@code branch} of the net. */
    public static String edgeId(String netName, int branch) {
        return elementId(netName) + "-e" + branch;
    }

    /** The node of output port {@code output}, which shows net {@code netName}. */
    public static String portId(String netName, int output) {
        return elementId(netName) + "-o" + output;
    }

    /** The edge from net {@code netName} to output port {@code output}. */
    public static String portEdgeId(String netName, int output) {
        return elementId(netName) + "-eo" + output;
    }

    /** The box that stands for a collapsed replica. */
    public static String boxId(Replica replica) {
        return "replica-" + replica.name();
    }

    /** The cluster around a replica's gates. */
    public static String clusterId(Replica replica) {
        return "cluster_" + replica.name();
    }
}
