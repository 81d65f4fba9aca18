package dev.tmrkit.stateful.check;

/**
 * The checker's verdict on one history.
 *
 * @param reads             reads issued during the workload (the final read excluded)
 * @param correctReads      reads that returned a value a correct counter could have returned
 * @param staleReads        reads below the lower bound: an acknowledged increment was missing
 * @param inflatedReads     reads above the upper bound: more was counted than was ever attempted
 * @param noMajorityReads   voted reads whose replies held no value a majority agreed on
 * @param timedOutReads     reads with no answer in time (no reply at all, or fewer than R)
 * @param voterDisagreements voted reads where the value vote found no majority but the bitwise vote,
 *                          as the hardware voter always does, produced a value
 * @param bitwiseRight      of those, how many bitwise values a correct counter could have returned
 * @param writes            increments and resets issued
 * @param failedWrites      writes refused without being applied
 * @param timedOutWrites    writes with no answer in time (they may or may not have been applied)
 * @param unavailable       operations of any kind that got no usable answer (failed, timed out, no majority)
 * @param firstBadRead      when the first read that was wrong or got no usable answer was issued, or -1
 * @param firstWrongRead    when the first read that returned a wrong value was issued, or -1
 * @param finalRead         the final read (after the workload and a settling time): its value, or -1
 *                          when it got no usable answer
 * @param finalLower        the lower bound of the final read
 * @param finalUpper        the upper bound of the final read
 * @param lostIncrements    by how much the final read falls short of the acknowledged increments since
 *                          the last reset (0 if it does not, or if it had no answer)
 * @param doubleCounted     by how much the final read exceeds every increment attempted since the last reset
 */
public record CheckResult(long reads, long correctReads, long staleReads, long inflatedReads, long noMajorityReads,
                          long timedOutReads, long voterDisagreements, long bitwiseRight, long writes, long failedWrites,
                          long timedOutWrites, long unavailable, long firstBadRead, long firstWrongRead, long finalRead, long finalLower,
                          long finalUpper, long lostIncrements, long doubleCounted) {
    /** Whether the final read had an answer. */
    public boolean finalAvailable() {
        return finalRead >= 0;
    }

    /** Fraction of the reads that returned a value a correct counter could have returned (1 when there were none). */
    public double correctFraction() {
        return reads == 0 ? 1 : (double) correctReads / reads;
    }

    /**
     * Whether the history is valid in Jepsen's sense: no read returned a wrong value, and nothing was
     * lost or double-counted. Operations without a usable answer are unavailability, not violations.
     */
    public boolean valid() {
        return staleReads == 0 && inflatedReads == 0 && lostIncrements == 0 && doubleCounted == 0;
    }

    /** Reads that returned a value a correct counter could not have returned. */
    public long wrongReads() {
        return staleReads + inflatedReads;
    }
}
