/**
 * Everything tmrkit does with whole circuits on top of the gate model: reading and writing netlist
 * files, and (in later subpackages) built-in circuits, the TMR pass, fault-injection campaigns, net values
 * and fault cones ({@code probe}) and circuit diagrams as DOT text ({@code render}).
 */
package dev.tmrkit.circuits;
