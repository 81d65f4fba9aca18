/**
 * Deciding many faults on several threads: the faults split into fixed blocks whose size does not depend on
 * the thread count, every block decided on its own prover state (SAT solvers are not thread-safe), every
 * verdict written to its fault's slot, so the result is the same, in fault-list order, for every thread count.
 */
package dev.tmrkit.circuits.sat.parallel;
