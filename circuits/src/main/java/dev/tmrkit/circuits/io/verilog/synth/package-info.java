/**
 * RTL Verilog through Yosys: the keep-safe script that flattens without merging replicas, and running it
 * ({@link dev.tmrkit.circuits.io.verilog.synth.YosysSynthesis}) when a text is not structural.
 */
package dev.tmrkit.circuits.io.verilog.synth;
