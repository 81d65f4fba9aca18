/**
 * Evaluation of netlists: a compiled bit-parallel evaluator over flat arrays (64 patterns per
 * {@code long}) with fault overlays, and a slow scalar reference evaluator used as the oracle in tests.
 */
package dev.tmrkit.gates.eval;
