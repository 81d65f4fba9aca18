/**
 * Proofs by SAT: a structurally hashed Tseitin encoding of netlists into a CNF solver (Sat4j), with
 * random-simulation signatures that merge proven-equivalent nodes as they are built (SAT sweeping);
 * combinational equivalence of two netlists ({@link dev.tmrkit.circuits.sat.EquivalenceProver}),
 * fault-masking proofs, combinational ({@link dev.tmrkit.circuits.sat.FaultProver}, which test generation in
 * {@code dev.tmrkit.circuits.atpg} uses) and sequential ({@link dev.tmrkit.circuits.sat.SequentialFaultProver}).
 * A verdict here is a proof or a witness; a search that ran out of time says {@code unknown}.
 */
package dev.tmrkit.circuits.sat;
