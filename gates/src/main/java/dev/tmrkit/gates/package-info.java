/**
 * The gate-level netlist model: named nets, gates, primary inputs and outputs, D flip-flops, built and
 * validated through {@link dev.tmrkit.gates.NetlistBuilder} into an immutable {@link dev.tmrkit.gates.Netlist}.
 */
package dev.tmrkit.gates;
