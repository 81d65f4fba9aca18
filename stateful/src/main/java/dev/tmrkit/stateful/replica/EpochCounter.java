package dev.tmrkit.stateful.replica;

import java.util.Arrays;

/**
 * The CRDT counter: a G-counter per epoch (one entry per writer, merged with max; the value is their
 * sum) — the P half of a PN-counter, as the counter has no decrements. A reset is the start of a newer
 * epoch, whose (empty) entries replace every older epoch's. Merging is a join: commutative,
 * associative and idempotent, so replicas that received the same writes in any order, any number of
 * times, hold the same state.
 */
final class EpochCounter {
    private long epoch;
    private final long[] counts;

    EpochCounter(int writers) {
        counts = new long[writers];
    }

    long epoch() {
        return epoch;
    }

    /** Writer {@code w}'s entry. */
    long count(int w) {
        return counts[w];
    }

    long[] counts() {
        return counts.clone();
    }

    long value() {
        long v = 0;
        for (long c : counts) {
            v += c;
        }
        return v;
    }

    /** Joins (epoch, writer's entry at least count); writer -1 joins only the epoch. Returns whether the state changed. */
    boolean join(long epoch, int writer, long count) {
        boolean changed = false;
        if (epoch > this.epoch) {
            this.epoch = epoch;
            Arrays.fill(counts, 0);
            changed = true;
        }
        if (epoch == this.epoch && writer >= 0 && count > counts[writer]) {
            counts[writer] = count;
            changed = true;
        }
        return changed;
    }

    /** Joins a whole state (epoch and every entry). */
    void join(long epoch, long[] entries) {
        join(epoch, -1, 0);
        if (epoch == this.epoch) {
            for (int w = 0; w < counts.length; w++) {
                counts[w] = Math.max(counts[w], entries[w]);
            }
        }
    }

    /** A bit flip of the hardware kind, striking writer 0's entry (the sum changes by the same amount). */
    void upset(int bit) {
        counts[0] ^= 1L << bit;
    }
}
