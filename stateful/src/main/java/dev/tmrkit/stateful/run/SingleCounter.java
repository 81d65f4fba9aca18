package dev.tmrkit.stateful.run;

/** One correct counter, the reference for replication transparency: every operation succeeds at once. */
public final class SingleCounter implements ReplicatedCounter {
    private long value;

    @Override
    public Reply increment(long amount) {
        if (amount < 1) {
            throw new IllegalArgumentException("increments are positive, got " + amount);
        }
        value += amount;
        return new Reply(true, 0, 0);
    }

    @Override
    public Reply reset() {
        value = 0;
        return new Reply(true, 0, 0);
    }

    @Override
    public Reply read() {
        return new Reply(true, value, 0);
    }

    @Override
    public void idle(long micros) {
        // nothing changes a single correct counter but its operations
    }
}
