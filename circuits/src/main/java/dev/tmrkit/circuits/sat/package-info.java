/**
 * Proofs by SAT: a structurally hashed Tseitin encoding of netlists into a CNF solver (Sat4j), with
 * random-simulation signatures that merge proven-equivalent nodes as they are built (SAT sweeping);
 * combinational equivalence of two netlists ({@link dev.tmrkit.circuits.sat.EquivalenceProver}),
 * fault-masking proofs ({@link dev.tmrkit.circuits.sat.FaultProver}) and test generation
 * ({@link dev.tmrkit.circuits.sat.Atpg}). A verdict here is a proof or a witness; a search that ran out of
 * time says {@code unknown}.
 */
package dev.tmrkit.circuits.sat;
