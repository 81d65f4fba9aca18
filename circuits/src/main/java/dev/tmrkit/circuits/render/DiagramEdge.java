package dev.tmrkit.circuits.render;

/**
 * A wire of a {@link Diagram} from the node driving net {@code net} to a node reading it.
 *
 * @param id       the element id (see {@link ElementIds}); for a wire into a collapsed replica that stands
 *                 for several branches, the id of the first
 * @param inverted the driver is an inverting gate (NAND, NOR, XNOR, NOT): drawn with the inversion bubble
 * @param feedback the reader is a flip-flop: the wire closes a loop and does not push the reader rightwards
 */
public record DiagramEdge(String id, String from, String to, int net, boolean inverted, boolean feedback, Mark mark) {
}
