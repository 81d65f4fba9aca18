package dev.tmrkit.stateful.replica;

/** The CRDT replies to one leaderless read (or a write's read phase), joined as they arrive, one per member. */
final class CrdtRead {
    private final EpochCounter joined;
    private long from;
    private int count;

    CrdtRead(int writers) {
        joined = new EpochCounter(writers);
    }

    /** Joins {@code node}'s reply; false if it already replied. */
    boolean add(int node, long epoch, long[] counts) {
        if ((from & 1L << node) != 0) {
            return false;
        }
        from |= 1L << node;
        count++;
        joined.join(epoch, counts);
        return true;
    }

    boolean replied(int node) {
        return (from & 1L << node) != 0;
    }

    int count() {
        return count;
    }

    long epoch() {
        return joined.epoch();
    }

    long value() {
        return joined.value();
    }

    /** Writer {@code w}'s entry in the joined state. */
    long entry(int w) {
        return joined.count(w);
    }
}
