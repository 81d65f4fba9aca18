/**
 * What every netlist format shares: the {@link dev.tmrkit.circuits.io.NetlistReader} and
 * {@link dev.tmrkit.circuits.io.NetlistWriter} contracts, the {@link dev.tmrkit.circuits.io.NetlistFormat}
 * known by each file extension, the {@link dev.tmrkit.circuits.io.ParseException} every reader throws (source,
 * line, column, reason), bounded reading and line splitting, and the assembly of a netlist from named nets.
 * Each format lives in its own sub-package ({@code bench}, {@code blif}, {@code verilog}, {@code aiger},
 * {@code yosys}); {@link dev.tmrkit.circuits.io.files.NetlistFiles} reads and writes a file in the format its
 * extension names. Dependencies point one way: formats use this package, the facade uses the formats.
 */
package dev.tmrkit.circuits.io;
