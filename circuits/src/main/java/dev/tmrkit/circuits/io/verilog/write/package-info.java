/**
 * Verilog out: a flat structural writer, and a writer that keeps the TMR hierarchy (one module per replica and
 * voter, marked {@code keep_hierarchy}/{@code dont_touch}) so synthesis cannot merge the replicas, both with the
 * original's module name, clock and bus ports ({@link dev.tmrkit.circuits.io.verilog.write.VerilogOptions}).
 */
package dev.tmrkit.circuits.io.verilog.write;
