package dev.tmrkit.stateful.check;

import java.util.Arrays;

/**
 * The search behind {@link Linearizability}: Wing and Gong's search for a linearization, organised as
 * Lowe's just-in-time linearization and Knossos' "linear" checker do it. It walks the calls and returns
 * in time order and keeps every <em>configuration</em> — the set of open operations already linearized
 * (a 64-bit mask over slots of open operations) and the counter's value — that explains the history so
 * far. At an operation's return every configuration must have linearized it: a configuration that has
 * not is extended by linearizing open operations, in every order, until it has (the operation last);
 * the configurations are kept in a set, so each (linearized set, value) is explored once per return —
 * the memoisation of Lowe, Knossos and Porcupine. An optional operation is linearized with its effect
 * or, at its deadline only, without (postponing a no-op changes nothing). The history is linearizable
 * iff no return empties the set.
 *
 * <p>Three reductions, specific to the counter. An open read whose value the counter holds is linearized
 * at once (the configuration that has read dominates the one that has not: the same value, fewer
 * obligations). A closure never ends with two commuting operations (two increments, two reads): the
 * one before the returning operation can as well follow it, later. And open operations of the same class (same kind,
 * amount or value, and optionality) are interchangeable except for their deadlines, so one of them is
 * linearized only after every open one of its class with an earlier deadline (an exchange argument: a
 * linearization that places the later one first stays one when the two swap places). Without it, n
 * concurrent increments give 2^n configurations; with it, one per multiset of amounts.
 *
 * <p>Values are non-negative; from an unknown start, a value -(d+1) stands for "the unknown start plus
 * d", and the first read fixes it.
 */
final class ConfigurationSearch {
    /** How a search ended. */
    enum End {
        LINEARIZABLE, NOT_LINEARIZABLE, BUDGET_EXCEEDED, TOO_MANY_OPEN
    }

    /** At most this many operations open at once (the slots of the mask). */
    static final int MAX_OPEN = 64;

    private final CounterOps ops;
    private final long budget;
    private final boolean unknownStart;
    End end;
    /** The operation whose return no configuration could explain, or -1. */
    int failed = -1;
    /** The values the counter could hold just before that return (at most 16, ascending). */
    long[] valuesBefore = new long[0];
    /** Configurations explored. */
    long explored;
    /** The most configurations alive at once. */
    int widest;

    /** Per operation: 0 increment, 1 reset, 2 read (History.Kind's ordinal), and the increment's amount or the read's value. */
    private final int[] kind;
    private final long[] operand;

    ConfigurationSearch(CounterOps ops, long budget, boolean unknownStart) {
        this.ops = ops;
        kind = new int[ops.size()];
        operand = new long[ops.size()];
        for (int i = 0; i < ops.size(); i++) {
            kind[i] = ops.kind(i).ordinal();
            operand[i] = ops.kind(i) == History.Kind.READ ? ops.value(i) : ops.amount(i);
        }
        this.budget = budget;
        this.unknownStart = unknownStart;
    }

    /** Runs the search; the outcome is in the fields. */
    ConfigurationSearch run() {
        int n = ops.size();
        long[] events = events();
        int[] slotOp = new int[MAX_OPEN];
        int[] slotOf = new int[n];
        long[] before = new long[MAX_OPEN];
        long used = 0;
        PairSet current = new PairSet();
        PairSet next = new PairSet();
        PairSet visited = new PairSet();
        PairSet spare = new PairSet();
        long reads = 0;
        current.add(0, unknownStart ? -1 : 0);
        long[] stackMask = new long[64];
        long[] stackState = new long[64];
        int[] stackLast = new int[64];
        for (long e : events) {
            int op = (int) (e & 0x7fffffff);
            if ((e & (1L << 31)) == 0) {
                if (used == -1L) {
                    end = End.TOO_MANY_OPEN;
                    return this;
                }
                int slot = Long.numberOfTrailingZeros(~used);
                before[slot] = 0;
                for (long u = used; u != 0; u &= u - 1) {
                    int j = Long.numberOfTrailingZeros(u);
                    int other = slotOp[j];
                    if (sameClass(other, op)) {
                        if (earlier(other, op)) {
                            before[slot] |= 1L << j;
                        } else {
                            before[j] |= 1L << slot;
                        }
                    }
                }
                used |= 1L << slot;
                slotOp[slot] = op;
                slotOf[op] = slot;
                if (ops.kind(op) == History.Kind.READ) {
                    reads |= 1L << slot;
                    PairSet saturated = saturate(current, spare, 1L << slot, slotOp);
                    if (saturated != current) {
                        spare = current;
                        current = saturated;
                    }
                }
                continue;
            }
            int k = slotOf[op];
            long bit = 1L << k;
            next.clear();
            visited.clear();
            for (int c = 0; c < current.size(); c++) {
                long mask = current.mask(c);
                long state = current.state(c);
                if ((mask & bit) != 0) {
                    next.add(mask & ~bit, state);
                    continue;
                }
                if (!visited.add(mask, state * 4 + 3)) {
                    continue;
                }
                int top = 0;
                stackMask[top] = mask;
                stackState[top] = state;
                stackLast[top++] = -1;
                while (top > 0) {
                    long m = stackMask[--top];
                    long s = stackState[top];
                    int last = stackLast[top];
                    if (++explored > budget) {
                        end = End.BUDGET_EXCEEDED;
                        return this;
                    }
                    if (last < 0 || !commute(last, op)) {
                        if (ops.optional(op)) {
                            next.add(m, s);
                        }
                        long after = step(op, s);
                        if (after != NO) {
                            next.add(m, after);
                        }
                    }
                    long open = used & ~m & ~bit;
                    while (open != 0) {
                        int slot = Long.numberOfTrailingZeros(open);
                        open &= open - 1;
                        if ((before[slot] & ~m) != 0) {
                            continue;
                        }
                        int p = slotOp[slot];
                        long t = step(p, s);
                        long m2 = m | 1L << slot;
                        if (t != NO && visited.add(m2, t * 4 + kind[p])) {
                            if (top == stackMask.length) {
                                stackMask = Arrays.copyOf(stackMask, 2 * top);
                                stackState = Arrays.copyOf(stackState, 2 * top);
                                stackLast = Arrays.copyOf(stackLast, 2 * top);
                            }
                            stackMask[top] = m2;
                            stackState[top] = t;
                            stackLast[top++] = p;
                        }
                    }
                }
            }
            used &= ~bit;
            reads &= ~bit;
            PairSet saturated = saturate(next, spare, reads, slotOp);
            if (saturated != next) {
                spare = next;
                next = saturated;
            }
            for (long u = used; u != 0; u &= u - 1) {
                before[Long.numberOfTrailingZeros(u)] &= ~bit;
            }
            if (next.size() == 0) {
                end = End.NOT_LINEARIZABLE;
                failed = op;
                valuesBefore = current.states(16);
                return this;
            }
            PairSet swap = current;
            current = next;
            next = swap;
            widest = Math.max(widest, current.size());
        }
        end = End.LINEARIZABLE;
        return this;
    }

    private static final long NO = Long.MIN_VALUE;
    private static final int INCREMENT = History.Kind.INCREMENT.ordinal(), RESET = History.Kind.RESET.ordinal();

    /**
     * Whether {@code a} then {@code b} ends where {@code b} then {@code a} does, with the same reads:
     * two increments, or two reads. A closure never places such an {@code a} right before the returning
     * {@code b}: the order with {@code a} after {@code b}, left to a later return, reaches the same.
     */
    private boolean commute(int a, int b) {
        return kind[a] == kind[b] && kind[a] != RESET;
    }

    private boolean sameClass(int a, int b) {
        return ops.kind(a) == ops.kind(b) && ops.amount(a) == ops.amount(b) && ops.value(a) == ops.value(b)
                && ops.optional(a) == ops.optional(b);
    }

    /** Whether {@code a} must be linearized before {@code b} of its class: earlier deadline, then lower index. */
    private boolean earlier(int a, int b) {
        return ops.deadline(a) != ops.deadline(b) ? ops.deadline(a) < ops.deadline(b) : a < b;
    }

    /** The value after {@code op} from {@code s}, or {@link #NO} if a read returned something else. */
    private long step(int op, long s) {
        int k = kind[op];
        if (k == INCREMENT) {
            return s >= 0 ? s + operand[op] : s - operand[op];
        }
        if (k == RESET) {
            return 0;
        }
        long v = operand[op];
        if (s >= 0) {
            return s == v ? s : NO;
        }
        return v - (-s - 1) >= 0 ? v : NO;
    }

    /**
     * Calls and returns sorted by time, calls first at equal times (so touching operations overlap), then
     * by index. Calls come sorted (the operations are in invocation order); returns are sorted by deadline
     * and merged in.
     */
    private long[] events() {
        int n = ops.size();
        int[] returns = returnsByDeadline();
        long[] out = new long[n + returns.length];
        int c = 0, r = 0, k = 0;
        while (c < n || r < returns.length) {
            if (r == returns.length || c < n && ops.invoked(c) <= ops.deadline(returns[r])) {
                out[k++] = c++;
            } else {
                out[k++] = 1L << 31 | returns[r++];
            }
        }
        return out;
    }

    /** The operations with a deadline, by deadline then index. */
    private int[] returnsByDeadline() {
        int n = ops.size();
        int count = 0;
        long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (ops.deadline(i) != History.NEVER) {
                count++;
                lo = Math.min(lo, ops.deadline(i));
                hi = Math.max(hi, ops.deadline(i));
            }
        }
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, n));
        long[] packed = new long[count];
        int[] order = new int[count];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (ops.deadline(i) != History.NEVER) {
                order[j] = i;
                packed[j++] = count == 0 ? 0 : (ops.deadline(i) - lo) << bits | i;
            }
        }
        if (count > 0 && 64 - Long.numberOfLeadingZeros(hi - lo) + bits < 63) {
            Arrays.sort(packed);   // (deadline, index) packed into one long: a primitive sort
            long indexMask = (1L << bits) - 1;
            for (int i = 0; i < count; i++) {
                order[i] = (int) (packed[i] & indexMask);
            }
            return order;
        }
        long[] deadline = new long[n];
        for (int i = 0; i < n; i++) {
            deadline[i] = ops.deadline(i);
        }
        return CounterChecker.sortBy(order, deadline);
    }

    /**
     * Linearizes, in every configuration whose value is known and equal to its value, each open read not
     * yet linearized: a configuration that has done so dominates one that has not (the same value, fewer
     * obligations), so only the former is kept.
     */
    private PairSet saturate(PairSet configs, PairSet spare, long reads, int[] slotOp) {
        if (reads == 0) {
            return configs;
        }
        boolean any = false;
        for (int c = 0; c < configs.size() && !any; c++) {
            long s = configs.state(c);
            for (long r = reads & ~configs.mask(c); r != 0 && !any; r &= r - 1) {
                any = ops.value(slotOp[Long.numberOfTrailingZeros(r)]) == s;
            }
        }
        if (!any) {
            return configs;
        }
        spare.clear();
        for (int c = 0; c < configs.size(); c++) {
            long m = configs.mask(c);
            long s = configs.state(c);
            if (s >= 0) {
                for (long r = reads & ~m; r != 0; r &= r - 1) {
                    int slot = Long.numberOfTrailingZeros(r);
                    if (operand[slotOp[slot]] == s) {
                        m |= 1L << slot;
                    }
                }
            }
            spare.add(m, s);
        }
        return spare;
    }
}
