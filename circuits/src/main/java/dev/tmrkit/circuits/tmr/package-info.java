/**
 * Triple modular redundancy as a netlist pass. {@link dev.tmrkit.circuits.tmr.TmrPass} triplicates a
 * netlist and inserts majority voters as its {@link dev.tmrkit.circuits.tmr.TmrOptions} say (where to vote,
 * single or triplicated voters, shared or triplicated inputs, reduced or triplicated outputs, a mismatch
 * output, nets kept single) and returns the netlist with a {@link dev.tmrkit.circuits.tmr.TmrReport} of
 * the overhead and of why each voter was placed. Generated nets live in the {@code $tmr$} namespace under
 * the naming convention of {@link dev.tmrkit.circuits.tmr.TmrNames}, which
 * {@link dev.tmrkit.circuits.tmr.TmrRoles} reads back to classify fault sites by name alone.
 * {@link dev.tmrkit.circuits.tmr.check.Equivalence} checks the pass's law: without faults the TMR netlist
 * computes the original.
 */
package dev.tmrkit.circuits.tmr;
