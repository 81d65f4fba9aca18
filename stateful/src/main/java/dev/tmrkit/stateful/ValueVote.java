package dev.tmrkit.stateful;

import dev.tmrkit.gates.vote.WordVoter;
import java.util.OptionalLong;

/**
 * Votes over replica values. The value vote returns the value more than half of the replicas hold, or
 * nothing; the bitwise vote applies the hardware voter to each bit and always returns a value, which may
 * be one no replica holds. With three replicas these are {@link #majority(long, long, long)} and
 * {@link #bitwise(long, long, long)}; the array forms generalise them to an electorate of any size in
 * which some replicas may not have answered (a missing answer is no vote, and 0 in every bit).
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

    /**
     * The value that more than half of {@code electorate} replicas hold among the answers
     * {@code values[0..count)}, if any.
     */
    public static OptionalLong majority(long[] values, int count, int electorate) {
        checkCounts(values, count, electorate);
        if (count == 3 && electorate == 3) {
            return majority(values[0], values[1], values[2]);
        }
        int need = electorate / 2 + 1;
        for (int i = 0; i + need <= count; i++) {
            int votes = 1;
            for (int j = i + 1; j < count; j++) {
                if (values[j] == values[i]) {
                    votes++;
                }
            }
            if (votes >= need) {
                return OptionalLong.of(values[i]);
            }
        }
        return OptionalLong.empty();
    }

    /**
     * Bit by bit, whether more than half of {@code electorate} replicas set it among the answers
     * {@code values[0..count)}; missing answers count as 0.
     */
    public static long bitwise(long[] values, int count, int electorate) {
        checkCounts(values, count, electorate);
        if (count == 3 && electorate == 3) {
            return bitwise(values[0], values[1], values[2]);
        }
        int need = electorate / 2 + 1;
        long result = 0;
        for (int bit = 0; bit < 64; bit++) {
            int ones = 0;
            for (int i = 0; i < count; i++) {
                ones += (int) (values[i] >>> bit) & 1;
            }
            if (ones >= need) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    private static void checkCounts(long[] values, int count, int electorate) {
        if (count < 0 || count > values.length || count > electorate) {
            throw new IllegalArgumentException("need 0 <= count <= values and count <= electorate, got count " + count
                    + ", " + values.length + " values, electorate " + electorate);
        }
    }
}
