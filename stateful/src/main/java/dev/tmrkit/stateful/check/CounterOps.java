package dev.tmrkit.stateful.check;

import java.util.Arrays;

/**
 * The operations a linearizability check of the counter considers, in invocation order: each with its
 * kind, amount (increments), value (reads), invocation time, the time by which it must have taken
 * effect, and whether it may instead never take effect.
 *
 * <p>From a {@link History}: acknowledged operations and answered reads are <em>required</em>, their
 * deadline their completion; writes refused, or timed out and (the history knowing applications) never
 * applied by any replica, and reads without an answer are left out; other timed-out writes are
 * <em>optional</em> — they took effect once before their deadline (the last time a replica applied
 * them, or never-ending when unknown) or not at all, as Knossos treats {@code :info} operations.
 */
public final class CounterOps {
    private final History.Kind[] kind;
    private final long[] amount;
    private final long[] value;
    private final long[] invoked;
    private final long[] deadline;
    private final boolean[] optional;
    private final int[] source;

    private CounterOps(History.Kind[] kind, long[] amount, long[] value, long[] invoked, long[] deadline, boolean[] optional,
                       int[] source) {
        this.kind = kind;
        this.amount = amount;
        this.value = value;
        this.invoked = invoked;
        this.deadline = deadline;
        this.optional = optional;
        this.source = source;
    }

    /** The operations of {@code h} a linearizability check considers. */
    public static CounterOps of(History h) {
        Builder b = new Builder();
        for (int i = 0; i < h.size(); i++) {
            Outcome o = h.outcome(i);
            if (h.kind(i) == History.Kind.READ) {
                if (o == Outcome.OK) {
                    b.add(i, History.Kind.READ, 0, h.value(i), h.invoked(i), h.completed(i), false);
                }
            } else if (o == Outcome.OK) {
                b.add(i, h.kind(i), h.amount(i), 0, h.invoked(i), h.completed(i), false);
            } else if (h.mayHaveApplied(i)) {
                b.add(i, h.kind(i), h.amount(i), 0, h.invoked(i), h.latestEffect(i), true);
            }
        }
        return b.build();
    }

    /** Builds operations one by one (any order; they are sorted by invocation, stably). */
    public static final class Builder {
        private int n;
        private History.Kind[] kind = new History.Kind[16];
        private long[] amount = new long[16], value = new long[16], invoked = new long[16], deadline = new long[16];
        private boolean[] optional = new boolean[16];
        private int[] source = new int[16];

        /** Adds an operation; {@code deadline} {@link History#NEVER} for an optional one with no deadline. */
        public Builder add(int source, History.Kind kind, long amount, long value, long invoked, long deadline, boolean optional) {
            if (deadline < invoked) {
                throw new IllegalArgumentException("operation " + source + " ends before it begins");
            }
            if (deadline == History.NEVER && !optional) {
                throw new IllegalArgumentException("a required operation needs a deadline");
            }
            if (n == this.kind.length) {
                int m = 2 * n;
                this.kind = Arrays.copyOf(this.kind, m);
                this.amount = Arrays.copyOf(this.amount, m);
                this.value = Arrays.copyOf(this.value, m);
                this.invoked = Arrays.copyOf(this.invoked, m);
                this.deadline = Arrays.copyOf(this.deadline, m);
                this.optional = Arrays.copyOf(this.optional, m);
                this.source = Arrays.copyOf(this.source, m);
            }
            this.kind[n] = kind;
            this.amount[n] = amount;
            this.value[n] = value;
            this.invoked[n] = invoked;
            this.deadline[n] = deadline;
            this.optional[n] = optional;
            this.source[n++] = source;
            return this;
        }

        public CounterOps build() {
            int[] order = new int[n];
            boolean sorted = true;
            for (int i = 0; i < n; i++) {
                order[i] = i;
                sorted &= i == 0 || invoked[i - 1] <= invoked[i];
            }
            if (!sorted) {
                CounterChecker.sortBy(order, invoked);
            }
            History.Kind[] k = new History.Kind[n];
            long[] a = new long[n], v = new long[n], inv = new long[n], d = new long[n];
            boolean[] o = new boolean[n];
            int[] src = new int[n];
            for (int i = 0; i < n; i++) {
                int j = order[i];
                k[i] = kind[j];
                a[i] = amount[j];
                v[i] = value[j];
                inv[i] = invoked[j];
                d[i] = deadline[j];
                o[i] = optional[j];
                src[i] = source[j];
            }
            return new CounterOps(k, a, v, inv, d, o, src);
        }
    }

    public int size() {
        return kind.length;
    }

    public History.Kind kind(int op) {
        return kind[op];
    }

    public long amount(int op) {
        return amount[op];
    }

    /** What a read returned. */
    public long value(int op) {
        return value[op];
    }

    public long invoked(int op) {
        return invoked[op];
    }

    /** When it completed (required), or the latest time it may have taken effect (optional; {@link History#NEVER}: any). */
    public long deadline(int op) {
        return deadline[op];
    }

    /** Whether it may never have taken effect. */
    public boolean optional(int op) {
        return optional[op];
    }

    /** Its index in the history it came from. */
    public int source(int op) {
        return source[op];
    }

    /**
     * The sub-history of the operations {@code ops} (indices into this, ascending), cut at time {@code cut}:
     * operations ending after it become pending there — writes optional with no deadline, reads dropped
     * (a pending read constrains nothing).
     */
    CounterOps window(int[] ops, long cut) {
        Builder b = new Builder();
        for (int op : ops) {
            if (invoked[op] > cut) {
                continue;
            }
            boolean open = deadline[op] > cut;
            if (open && kind[op] == History.Kind.READ) {
                continue;
            }
            b.add(source[op], kind[op], amount[op], value[op], invoked[op], open ? History.NEVER : deadline[op], optional[op] || open);
        }
        return b.build();
    }

    /** A human-readable line for operation {@code op}. */
    public String describe(int op) {
        String what = switch (kind[op]) {
            case INCREMENT -> "increment(" + amount[op] + ")";
            case RESET -> "reset";
            case READ -> "read -> " + value[op];
        };
        return what;
    }
}
