/**
 * Netlist file formats: readers and writers for ISCAS {@code .bench} and the combinational-plus-latch
 * subset of BLIF, the {@link dev.tmrkit.circuits.io.ParseException} they throw (source, line, column,
 * reason), and the {@link dev.tmrkit.circuits.io.NetlistFiles} facade that picks a format by extension.
 */
package dev.tmrkit.circuits.io;
