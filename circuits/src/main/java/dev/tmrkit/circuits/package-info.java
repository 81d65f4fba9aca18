/**
 * Everything tmrkit does with whole circuits on top of the gate model: reading and writing netlist
 * files, and (in later subpackages) built-in circuits, the TMR pass and fault-injection campaigns.
 */
package dev.tmrkit.circuits;
