/**
 * Circuit diagrams as Graphviz DOT text, with no dependency on Graphviz itself: a
 * {@link dev.tmrkit.circuits.render.Diagram} decides what to draw from a netlist and
 * {@link dev.tmrkit.circuits.render.DiagramOptions} (the fan-in cone of one output, replicas B and C folded
 * into boxes, values of an input vector, a fault and the nets it changes, a size limit), and
 * {@link dev.tmrkit.circuits.render.DotWriter} writes it left to right by logic level, gates as IEC
 * symbols, TMR replicas in clusters and voters in columns of their own. Every node and edge carries an
 * {@code id} derived from its net's name ({@link dev.tmrkit.circuits.render.ElementIds}), so a page that
 * embeds the SVG can find a net's elements. Laying out and rasterising is the caller's business.
 */
package dev.tmrkit.circuits.render;
