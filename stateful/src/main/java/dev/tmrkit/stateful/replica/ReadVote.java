package dev.tmrkit.stateful.replica;

import dev.tmrkit.stateful.ValueVote;
import java.util.OptionalLong;

/**
 * The replies to one read, one per member (duplicates ignored), and the decision over them: a voted
 * read is decided as soon as a value holds a majority of the members (value vote), and the bitwise
 * voter is applied to the same replies; a quorum read is decided by the newest of R replies.
 */
final class ReadVote {
    private final int electorate;
    private final int[] from;
    private final long[] values;
    private final long[] versions;
    private final int[] writers;
    private int count;

    ReadVote(int electorate) {
        this.electorate = electorate;
        this.from = new int[electorate];
        this.values = new long[electorate];
        this.versions = new long[electorate];
        this.writers = new int[electorate];
    }

    /** Records a reply; false if this node already replied or the read has all its replies. */
    boolean add(int node, long value, long version, int writer) {
        if (count == electorate) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (from[i] == node) {
                return false;
            }
        }
        from[count] = node;
        values[count] = value;
        versions[count] = version;
        writers[count++] = writer;
        return true;
    }

    /** Whether {@code node} has replied. */
    boolean replied(int node) {
        for (int i = 0; i < count; i++) {
            if (from[i] == node) {
                return true;
            }
        }
        return false;
    }

    int count() {
        return count;
    }

    boolean complete() {
        return count == electorate;
    }

    /** The value vote over the replies so far (a missing reply is no vote). */
    OptionalLong majority() {
        return ValueVote.majority(values, count, electorate);
    }

    /** The bitwise vote over the replies so far (a missing reply is 0 in every bit). */
    long bitwise() {
        return ValueVote.bitwise(values, count, electorate);
    }

    /** The index of the first reply holding {@code value}, or -1. */
    int indexOf(long value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether reply {@code i} has the same state identity (version and writer) as reply {@code j} but
     * another value: it cannot be lagging, its state was corrupted or diverged.
     */
    boolean deviates(int i, int j) {
        return versions[i] == versions[j] && writers[i] == writers[j] && values[i] != values[j];
    }

    /** The index of the newest reply in (version, writer) order; the read must have a reply. */
    int newest() {
        int best = 0;
        for (int i = 1; i < count; i++) {
            if (versions[i] > versions[best] || versions[i] == versions[best] && writers[i] > writers[best]) {
                best = i;
            }
        }
        return best;
    }

    int from(int i) {
        return from[i];
    }

    long value(int i) {
        return values[i];
    }

    long version(int i) {
        return versions[i];
    }
}
