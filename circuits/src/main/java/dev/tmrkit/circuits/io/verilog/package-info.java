/**
 * Structural Verilog, written only: a flat writer, and a writer that keeps the TMR hierarchy (one module per
 * replica and voter, marked {@code keep_hierarchy}/{@code dont_touch}) so synthesis cannot merge the replicas.
 * Reading a {@code .v} file fails with the Yosys command that converts it to a format tmrkit reads.
 */
package dev.tmrkit.circuits.io.verilog;
