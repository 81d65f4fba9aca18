/**
 * Fault universes: the stuck-at fault list on stems and fanout branches ({@link
 * dev.tmrkit.circuits.faults.FaultLists}), its equivalence collapsing ({@link
 * dev.tmrkit.circuits.faults.FaultCollapsing}), transient flip sites and multiple-bit upsets ({@link
 * dev.tmrkit.circuits.faults.FlipSites}), and statistical fault injection: the Leveugle sample size
 * ({@link dev.tmrkit.circuits.faults.SampleSize}) and seeded random samples ({@link
 * dev.tmrkit.circuits.faults.RandomSample}). Everything is a plain list of {@link
 * dev.tmrkit.gates.fault.Fault} values or of fault sets.
 */
package dev.tmrkit.circuits.faults;
