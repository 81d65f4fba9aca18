/**
 * Checks on a netlist after the TMR pass: {@link dev.tmrkit.circuits.tmr.check.Equivalence} (without faults the
 * TMR netlist computes the original, exhaustively or by random patterns, with a
 * {@link dev.tmrkit.circuits.tmr.check.Counterexample} when it does not) and
 * {@link dev.tmrkit.circuits.tmr.check.TmrCheck} (replicas still apart after synthesis, voters whole).
 */
package dev.tmrkit.circuits.tmr.check;
