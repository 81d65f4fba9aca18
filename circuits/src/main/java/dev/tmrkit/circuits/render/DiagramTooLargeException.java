package dev.tmrkit.circuits.render;

/** A diagram would draw more gates than its limit allows; it carries both numbers. */
public final class DiagramTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String netlist;
    private final int gates;
    private final int limit;

    public DiagramTooLargeException(String netlist, int gates, int limit) {
        super("'" + netlist + "' would draw " + gates + " gates, more than the limit of " + limit);
        this.netlist = netlist;
        this.gates = gates;
        this.limit = limit;
    }

    /** The netlist's name. */
    public String netlist() {
        return netlist;
    }

    /** How many gates the diagram would draw. */
    public int gates() {
        return gates;
    }

    /** The limit it exceeds. */
    public int limit() {
        return limit;
    }
}
