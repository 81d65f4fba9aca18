package dev.tmrkit.circuits.campaign.engine;

import dev.tmrkit.circuits.campaign.model.Outcome;

/**
 * Accumulates what one fault did, pattern word by pattern word: the first failing pattern, how many
 * patterns failed, and whether any failure went unflagged by the mismatch output.
 */
final class Verdict {
    private long first = -1;
    private long failing;
    private boolean silent;

    /**
     * @param wrong   lanes whose judged outputs were wrong
     * @param flagged lanes in which the mismatch output was 1 (0 when there is none)
     * @param base    pattern number of lane 0
     */
    void observe(long wrong, long flagged, long base) {
        if (wrong == 0) {
            return;
        }
        long pattern = base + Long.numberOfTrailingZeros(wrong);
        if (first < 0 || pattern < first) {
            first = pattern;
        }
        failing += Long.bitCount(wrong);
        if ((wrong & ~flagged) != 0) {
            silent = true;
        }
    }

    /** Once silent, no later pattern can change the outcome. */
    boolean settled() {
        return silent;
    }

    Outcome outcome() {
        return first < 0 ? Outcome.MASKED : silent ? Outcome.SILENT : Outcome.DETECTED;
    }

    long first() {
        return first;
    }

    long failing() {
        return failing;
    }
}
