/**
 * Reading Verilog: the structural subset ({@link dev.tmrkit.circuits.io.verilog.VerilogReader}) that tmrkit and
 * Yosys's {@code write_verilog} write, with {@code file:line:column} errors; behavioural (RTL) Verilog is recognised
 * as such ({@link dev.tmrkit.circuits.io.verilog.NotStructural}) so that a caller can have Yosys synthesise it.
 */
package dev.tmrkit.circuits.io.verilog;
