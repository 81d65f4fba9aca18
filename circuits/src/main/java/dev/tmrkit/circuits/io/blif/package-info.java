/**
 * The combinational-plus-latch subset of BLIF: a reader of {@code .names} covers (turned into gates),
 * {@code .latch} and the Yosys cell subcircuits, and a writer.
 */
package dev.tmrkit.circuits.io.blif;
