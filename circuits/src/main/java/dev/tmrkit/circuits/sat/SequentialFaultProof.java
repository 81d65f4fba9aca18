package dev.tmrkit.circuits.sat;

import dev.tmrkit.gates.fault.Fault;
import java.util.List;

/**
 * What was established about one fault set of a sequential netlist, every input sequence from reset considered.
 *
 * @param faults  the fault set (one stuck-at fault, or flips)
 * @param verdict masked, detected or silent (with a witness sequence), or unknown (time limit)
 * @param proven  for masked and detected: true when it holds in every cycle (induction over a register
 *                correspondence, or the faulty state re-converged to the fault-free one); false when only the
 *                first {@code cycles} cycles from reset were checked (bounded, not proven). Always true for
 *                silent, whose witness is the proof
 * @param method  {@code simulation}, {@code induction}, {@code bounded SAT} or {@code re-convergence}
 * @param witness for detected and silent: one primary-input vector per cycle from reset (declared order, tied
 *                copies equal) after whose last cycle the judged outputs are wrong — unflagged for silent
 * @param cycles  the cycles from reset the bounded check covered (0 when it did not run)
 */
public record SequentialFaultProof(List<Fault> faults, FaultProof.Verdict verdict, boolean proven, String method,
                                   List<String> witness, int cycles) {
    public SequentialFaultProof {
        faults = List.copyOf(faults);
        witness = List.copyOf(witness);
    }

    /** The cycle (from reset, 0 first) in which the witness makes the outputs wrong, -1 without one. */
    public int failingCycle() {
        return witness.size() - 1;
    }

    /** {@code masked (proven)}, {@code masked to depth K (bounded, not proven)}, {@code detected (proven)}, ... */
    public String label() {
        return switch (verdict) {
            case MASKED, DETECTED -> verdict.name().toLowerCase(java.util.Locale.ROOT)
                    + (proven ? " (proven)" : " to depth " + cycles + " (bounded, not proven)");
            default -> verdict.label();
        };
    }
}
