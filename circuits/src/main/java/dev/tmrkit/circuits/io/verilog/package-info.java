/**
 * Verilog in: the structural subset ({@link dev.tmrkit.circuits.io.verilog.VerilogReader}) that tmrkit and Yosys's
 * {@code write_verilog} write, lexed, parsed and elaborated into a netlist, with {@code file:line:column} errors;
 * behavioural (RTL) Verilog is recognised as such ({@link dev.tmrkit.circuits.io.verilog.NotStructural}). Writers are
 * in {@code io.verilog.write}, synthesis through Yosys in {@code io.verilog.synth}.
 */
package dev.tmrkit.circuits.io.verilog;
