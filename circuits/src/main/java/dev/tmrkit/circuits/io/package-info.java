/**
 * Netlist file formats: readers and writers for ISCAS {@code .bench} and the combinational-plus-latch subset of
 * BLIF; readers for AIGER ({@code .aag}, {@code .aig}) and for the gate-level JSON that Yosys writes; a writer of
 * structural Verilog. The {@link dev.tmrkit.circuits.io.ParseException} every reader throws (source, line,
 * column, reason), and the {@link dev.tmrkit.circuits.io.NetlistFiles} facade that picks a format by extension
 * ({@link dev.tmrkit.circuits.io.NetlistFormat}).
 */
package dev.tmrkit.circuits.io;
