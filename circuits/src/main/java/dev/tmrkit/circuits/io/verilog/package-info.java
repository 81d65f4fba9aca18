/**
 * Verilog in and out. Out: a flat structural writer, and a writer that keeps the TMR hierarchy (one module per
 * replica and voter, marked {@code keep_hierarchy}/{@code dont_touch}) so synthesis cannot merge the replicas, both
 * with the original's module name, clock and bus ports ({@link dev.tmrkit.circuits.io.verilog.VerilogOptions}).
 * In: the structural subset ({@link dev.tmrkit.circuits.io.verilog.VerilogReader}) that tmrkit and Yosys's
 * {@code write_verilog} write, with {@code file:line:column} errors; behavioural (RTL) Verilog is recognised as such
 * ({@link dev.tmrkit.circuits.io.verilog.NotStructural}) and synthesised by Yosys on request
 * ({@link dev.tmrkit.circuits.io.verilog.YosysSynthesis}).
 */
package dev.tmrkit.circuits.io.verilog;
