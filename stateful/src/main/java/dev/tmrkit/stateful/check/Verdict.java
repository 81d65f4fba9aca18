package dev.tmrkit.stateful.check;

/** A checker's verdict on a history, with Maelstrom's exit codes. */
public enum Verdict {
    /** The history is linearizable and no read lost or double-counted an increment. */
    VALID(0),
    /** Proven wrong: no order of the operations explains the reads. */
    INVALID(1),
    /** The search gave up (budget exceeded, or too many operations open at once) and found no violation. */
    UNKNOWN(3);

    private final int exitCode;

    Verdict(int exitCode) {
        this.exitCode = exitCode;
    }

    /** 0, 1 or 3. */
    public int exitCode() {
        return exitCode;
    }

    /** "valid", "invalid" or "unknown". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The worse of two verdicts (invalid over unknown over valid). */
    public Verdict and(Verdict other) {
        if (this == INVALID || other == INVALID) {
            return INVALID;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : VALID;
    }
}
