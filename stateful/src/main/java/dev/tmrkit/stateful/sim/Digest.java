package dev.tmrkit.stateful.sim;

/**
 * Content hashes for messages, timers and the trace. {@link #mix} is a strong 64-bit mix (Stafford's
 * variant 13 finaliser), applied once per event by the simulator; the {@code of} forms combine fields
 * cheaply (a polynomial in an odd constant), as content digests only need to differ, not to be random.
 */
public final class Digest {
    private static final long K = 0x9E3779B97F4A7C15L;

    private Digest() {
    }

    /** Mixes {@code value} into {@code hash}. */
    public static long mix(long hash, long value) {
        long z = hash * 0x9E3779B97F4A7C15L + value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The digest of a message type with no fields. */
    public static long of(int tag) {
        return tag;
    }

    public static long of(int tag, long a) {
        return tag * K + a;
    }

    public static long of(int tag, long a, long b) {
        return (tag * K + a) * K + b;
    }

    public static long of(int tag, long a, long b, long c) {
        return ((tag * K + a) * K + b) * K + c;
    }

    public static long of(int tag, long a, long b, long c, long d) {
        return (((tag * K + a) * K + b) * K + c) * K + d;
    }

    /** Mixes every element of {@code values} into {@code hash}. */
    public static long mixAll(long hash, long[] values) {
        long h = mix(hash, values.length);
        for (long v : values) {
            h = mix(h, v);
        }
        return h;
    }
}
