package dev.tmrkit.circuits.sat;

import dev.tmrkit.gates.fault.Fault;
import java.util.Locale;
import java.util.Optional;

/**
 * What was proven about one fault.
 *
 * @param fault   the fault
 * @param verdict masked (proven), detected / silent (with a witness), or unknown (time limit)
 * @param method  {@code structure} (the faulty outputs are the good outputs' literals after structural
 *                hashing and constant propagation, or the fault reaches no judged output), {@code SAT}, or
 *                {@code simulation} (a random pattern was the witness)
 * @param witness for detected and silent: a primary input vector (declared order; tied copies equal) on
 *                which the judged outputs are wrong — for silent, one on which the mismatch output stays 0
 */
public record FaultProof(Fault fault, Verdict verdict, String method, Optional<String> witness) {

    /** The closed set of verdicts. */
    public enum Verdict {
        /** No input makes a judged output wrong. */
        MASKED,
        /** Some input makes a judged output wrong, and every such input raises the mismatch output. */
        DETECTED,
        /** Some input makes a judged output wrong and leaves the mismatch output at 0 (or there is none). */
        SILENT,
        /** The per-fault time limit ran out. */
        UNKNOWN;

        public String label() {
            return this == MASKED ? "masked (proven)" : name().toLowerCase(Locale.ROOT);
        }
    }
}
