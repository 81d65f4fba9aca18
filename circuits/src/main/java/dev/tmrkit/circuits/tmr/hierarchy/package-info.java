/**
 * A TMR netlist with its hierarchy kept for synthesis: {@link dev.tmrkit.circuits.tmr.hierarchy.TmrModules}
 * cuts it into one module per replica and voter, and {@link dev.tmrkit.circuits.tmr.hierarchy.TmrConstraints}
 * writes the SDC/XDC constraints that keep the tools from merging them.
 */
package dev.tmrkit.circuits.tmr.hierarchy;
