package dev.tmrkit.stateful;

import dev.tmrkit.gates.vote.WordVoter;
import java.util.OptionalLong;

/**
 * Votes over three replica values. The value vote returns the value at least two replicas hold, or
 * nothing when all three differ; the bitwise vote applies the hardware voter to each bit and always
 * returns a value, which may be one no replica holds.
 */
public final class ValueVote {
    private ValueVote() {
    }

    /** The value held by at least two of the three replicas, if any. */
    public static OptionalLong majority(long a, long b, long c) {
        if (a == b || a == c) {
            return OptionalLong.of(a);
        }
        if (b == c) {
            return OptionalLong.of(b);
        }
        return OptionalLong.empty();
    }

    /** The hardware voter {@code (a & b) | (b & c) | (a & c)} applied bit by bit. */
    public static long bitwise(long a, long b, long c) {
        return WordVoter.vote(a, b, c);
    }
}
