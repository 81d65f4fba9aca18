package dev.tmrkit.stateful.check;

import java.util.Arrays;

/**
 * Every client operation of a run: kind, amount, which client, when it was invoked and completed, how
 * it ended and, for reads, the value returned and what the bitwise voter made of the same replies. An
 * operation still open at the end has no outcome and never completed.
 *
 * <p>A history built {@link #withApplications} also knows what a client cannot: when replicas applied
 * each write. A write without an answer then counts as applied (until the last time a replica applied
 * it) or as never applied, instead of as possibly applied at any later time.
 */
public final class History {
    /** What an operation does. */
    public enum Kind {
        INCREMENT, RESET, READ
    }

    /** Completion time of an operation that never completed. */
    public static final long NEVER = Long.MAX_VALUE;

    private int size;
    private Kind[] kind;
    private int[] client;
    private long[] amount;
    private long[] invoked;
    private long[] completed;
    private Outcome[] outcome;
    private long[] value;
    private long[] bitwise;
    private boolean[] voted;
    private long[] lastApplied;
    private long[] firstApplied;
    private final boolean applications;

    /** An empty history. */
    public History() {
        this(64);
    }

    /** An empty history with room for {@code expected} operations before it grows. */
    public History(int expected) {
        this(expected, false);
    }

    /** An empty history that records when replicas applied each write ({@link #applied}). */
    public static History withApplications(int expected) {
        return new History(expected, true);
    }

    private History(int expected, boolean applications) {
        this.applications = applications;
        int n = Math.max(16, expected);
        lastApplied = new long[n];
        firstApplied = new long[n];
        kind = new Kind[n];
        client = new int[n];
        amount = new long[n];
        invoked = new long[n];
        completed = new long[n];
        outcome = new Outcome[n];
        value = new long[n];
        bitwise = new long[n];
        voted = new boolean[n];
    }

    /** Records an invocation; returns the operation's index. */
    public int invoke(int client, Kind kind, long amount, long time) {
        if (size == this.kind.length) {
            int n = size * 2;
            this.kind = Arrays.copyOf(this.kind, n);
            this.client = Arrays.copyOf(this.client, n);
            this.amount = Arrays.copyOf(this.amount, n);
            invoked = Arrays.copyOf(invoked, n);
            completed = Arrays.copyOf(completed, n);
            outcome = Arrays.copyOf(outcome, n);
            value = Arrays.copyOf(value, n);
            bitwise = Arrays.copyOf(bitwise, n);
            voted = Arrays.copyOf(voted, n);
            lastApplied = Arrays.copyOf(lastApplied, n);
            firstApplied = Arrays.copyOf(firstApplied, n);
        }
        this.kind[size] = kind;
        this.client[size] = client;
        this.amount[size] = amount;
        invoked[size] = time;
        completed[size] = NEVER;
        lastApplied[size] = -1;
        firstApplied[size] = -1;
        return size++;
    }

    /** Records how operation {@code op} ended (only the first completion counts). */
    public void complete(int op, long time, Outcome outcome, long value, long bitwise, boolean voted) {
        if (this.outcome[op] != null) {
            return;
        }
        completed[op] = time;
        this.outcome[op] = outcome;
        this.value[op] = value;
        this.bitwise[op] = bitwise;
        this.voted[op] = voted;
    }

    /** A replica applied write {@code op} at {@code time}. */
    public void applied(int op, long time) {
        lastApplied[op] = Math.max(lastApplied[op], time);
        firstApplied[op] = firstApplied[op] < 0 ? time : Math.min(firstApplied[op], time);
    }

    /** When a replica first applied write {@code op} (its linearization point where one replica orders every write), or -1. */
    public long firstApplied(int op) {
        return firstApplied[op];
    }

    /**
     * Whether write {@code op} may have taken effect: acknowledged, or (knowing applications) applied by
     * some replica, or (not knowing them) not refused.
     */
    public boolean mayHaveApplied(int op) {
        Outcome o = outcome(op);
        if (o == Outcome.OK) {
            return true;
        }
        return applications ? lastApplied[op] >= 0 : o.mayHaveApplied();
    }

    /**
     * The latest instant write {@code op} may have taken effect: its completion if acknowledged; else,
     * knowing applications, the last time a replica applied it; else {@link #NEVER} (any time later).
     */
    public long latestEffect(int op) {
        if (outcome(op) == Outcome.OK) {
            return completed[op];
        }
        return applications && lastApplied[op] >= 0 ? lastApplied[op] : NEVER;
    }

    public int size() {
        return size;
    }

    public Kind kind(int op) {
        return kind[op];
    }

    public int client(int op) {
        return client[op];
    }

    /** An increment's amount (0 for resets and reads). */
    public long amount(int op) {
        return amount[op];
    }

    public long invoked(int op) {
        return invoked[op];
    }

    /** When it completed, or {@link #NEVER}. */
    public long completed(int op) {
        return completed[op];
    }

    /** How it ended; an operation still open at the end counts as {@link Outcome#TIMED_OUT}. */
    public Outcome outcome(int op) {
        return outcome[op] == null ? Outcome.TIMED_OUT : outcome[op];
    }

    /** The value a read returned. */
    public long value(int op) {
        return value[op];
    }

    /** The bitwise vote over a read's replies. */
    public long bitwise(int op) {
        return bitwise[op];
    }

    /** Whether the read was voted (else a quorum read). */
    public boolean voted(int op) {
        return voted[op];
    }
}
