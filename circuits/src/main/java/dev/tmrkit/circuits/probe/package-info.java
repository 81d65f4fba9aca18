/**
 * What a picture or a report shows on top of a netlist: the value of every net for one input vector
 * ({@link dev.tmrkit.circuits.probe.NetValues}), and the nets a fault changes
 * ({@link dev.tmrkit.circuits.probe.FaultCone}), for that vector or for any of many patterns. Also the
 * small parsers the command line and reports share: an input vector as 0/1 text
 * ({@link dev.tmrkit.circuits.probe.InputVector}) and a fault as {@code NET=sa0|sa1|flip}
 * ({@link dev.tmrkit.circuits.probe.FaultSpec}). Everything is computed with the compiled evaluator; nothing
 * here draws or prints.
 */
package dev.tmrkit.circuits.probe;
