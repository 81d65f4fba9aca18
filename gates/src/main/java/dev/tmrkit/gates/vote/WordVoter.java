package dev.tmrkit.gates.vote;

/**
 * Bitwise two-out-of-three majority on whole words: bit {@code i} of the result is the majority of bit
 * {@code i} of the three arguments, exactly as {@link MajorityVoter}'s gates compute it, 64 (or 32) bits at a
 * time. Used to vote bit-parallel simulation lanes and replicated register values.
 */
public final class WordVoter {
    private WordVoter() {
    }

    /** Bitwise majority: {@code (a & b) | (b & c) | (a & c)}. */
    public static long vote(long a, long b, long c) {
        return (a & b) | (b & c) | (a & c);
    }

    /** Bitwise majority of 32-bit words. */
    public static int vote(int a, int b, int c) {
        return (a & b) | (b & c) | (a & c);
    }

    /**
     * The bits where the three words do not all agree: {@code (a ^ b) | (b ^ c)}. Zero exactly when
     * {@code a == b && b == c}; a set bit marks a position where the voter masked a minority value.
     */
    public static long disagreement(long a, long b, long c) {
        return (a ^ b) | (b ^ c);
    }
}
