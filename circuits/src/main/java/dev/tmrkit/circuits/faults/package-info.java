/**
 * Fault universes: the stuck-at fault list on stems and fanout branches, its equivalence collapsing, and
 * transient flip sites, as plain lists of {@link dev.tmrkit.gates.fault.Fault} values.
 */
package dev.tmrkit.circuits.faults;
