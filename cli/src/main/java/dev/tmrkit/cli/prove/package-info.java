/** The proof commands: {@code tmrkit prove} (combinational equivalence by SAT) and {@code tmrkit atpg}. */
package dev.tmrkit.cli.prove;
