/**
 * Automatic test pattern generation for plain combinational circuits: random patterns with fault dropping,
 * then a SAT query per remaining fault ({@link dev.tmrkit.circuits.sat.FaultProver}) that yields a test or
 * proves the fault redundant.
 */
package dev.tmrkit.circuits.atpg;
