package dev.tmrkit.stateful.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A linearizability checker for the counter (increment, reset, read) over a whole history: is there one
 * order of the operations, each placed between its invocation and its completion, in which a single
 * correct counter returns every read's value? The search is {@link ConfigurationSearch} (Wing–Gong with
 * the memoisation of Lowe, Knossos and Porcupine). The counter is one object, so P-compositionality
 * (checking independent parts of the state apart, as Porcupine does per key) has nothing to split; the
 * search instead carries the set of possible configurations across quiescent points, so its work grows
 * with the operations open at once, not with the length of the history.
 *
 * <p>When the history is not linearizable, the <em>minimal window</em> is the latest start such that the
 * operations from there to the failing return are already not linearizable from any value the counter
 * could have held at the start (operations completed before the window precede all of its operations, so
 * the window alone is a proof).
 */
public final class Linearizability {
    /** The default search budget: configurations explored before the verdict is "unknown". */
    public static final long DEFAULT_BUDGET = 20_000_000L;

    /** Start times tried for the minimal window before falling back to the whole prefix. */
    private static final int WINDOW_TRIES = 400;

    private Linearizability() {
    }

    /** One operation of the printed window. */
    public record WindowOp(int index, History.Kind kind, long amount, long value, long invoked, long deadline, boolean optional) {
        /** For example "increment(2) [1500, 3200] us" or "read -> 5 [4000, open]". */
        public String what() {
            String op = switch (kind) {
                case INCREMENT -> "increment(" + amount + ")";
                case RESET -> "reset";
                case READ -> "read -> " + value;
            };
            return op + (optional ? " (may not have taken effect)" : "") + " invoked " + invoked + " us, "
                    + (deadline == History.NEVER ? "still open" : "completed " + deadline + " us");
        }
    }

    /**
     * The outcome.
     *
     * @param verdict      valid, invalid, or unknown (the search gave up)
     * @param reason       one sentence
     * @param operations   operations checked
     * @param failedOp     the history index of the operation whose completion nothing explains, or -1
     * @param failedAt     when it completed, or -1
     * @param valuesBefore values the counter could hold just before it (at most 16)
     * @param window       the minimal non-linearizable window (empty when valid)
     * @param fromAnyStart whether the window fails from any start value (else it needs the initial 0)
     * @param explored     configurations explored by the main search
     * @param widest       the most configurations alive at once
     */
    public record Result(Verdict verdict, String reason, int operations, int failedOp, long failedAt, List<Long> valuesBefore,
                         List<WindowOp> window, boolean fromAnyStart, long explored, int widest) {
        public Result {
            valuesBefore = List.copyOf(valuesBefore);
            window = List.copyOf(window);
        }
    }

    /** Checks {@code h} with the default budget. */
    public static Result check(History h) {
        return check(CounterOps.of(h), DEFAULT_BUDGET);
    }

    /** Checks {@code ops}, exploring at most {@code budget} configurations. */
    public static Result check(CounterOps ops, long budget) {
        ConfigurationSearch s = new ConfigurationSearch(ops, budget, false).run();
        return switch (s.end) {
            case LINEARIZABLE -> new Result(Verdict.VALID, "linearizable: one order of the " + ops.size()
                    + " operations explains every read", ops.size(), -1, -1, List.of(), List.of(), false, s.explored, s.widest);
            case BUDGET_EXCEEDED -> new Result(Verdict.UNKNOWN, "search budget of " + budget + " configurations exceeded",
                    ops.size(), -1, -1, List.of(), List.of(), false, s.explored, s.widest);
            case TOO_MANY_OPEN -> new Result(Verdict.UNKNOWN, "more than " + ConfigurationSearch.MAX_OPEN
                    + " operations open at once", ops.size(), -1, -1, List.of(), List.of(), false, s.explored, s.widest);
            case NOT_LINEARIZABLE -> invalid(ops, s, budget);
        };
    }

    /** Whether {@code ops} is linearizable from any start value (no window search; for tests and windows). */
    static ConfigurationSearch.End fromAnyStart(CounterOps ops, long budget) {
        return new ConfigurationSearch(ops, budget, true).run().end;
    }

    private static Result invalid(CounterOps ops, ConfigurationSearch s, long budget) {
        int f = s.failed;
        long cut = ops.deadline(f);
        Candidates candidates = new Candidates(ops, cut);
        int[] window = null;
        long start = ops.invoked(f);
        for (int tries = 0; tries < WINDOW_TRIES && window == null; tries++) {
            start = candidates.closedStart(start);
            int[] members = candidates.members(start);
            if (fromAnyStart(ops.window(members, cut), budget) == ConfigurationSearch.End.NOT_LINEARIZABLE) {
                window = members;
            } else {
                long earlier = candidates.invokedBefore(start);
                if (earlier == Long.MIN_VALUE) {
                    break;
                }
                start = earlier;
            }
        }
        boolean anyStart = window != null;
        if (window == null) {
            window = candidates.members(Long.MIN_VALUE);
        }
        List<WindowOp> listed = new ArrayList<>();
        for (int op : window) {
            boolean open = ops.deadline(op) > cut;
            if (open && ops.kind(op) == History.Kind.READ) {
                continue;
            }
            listed.add(new WindowOp(ops.source(op), ops.kind(op), ops.amount(op), ops.value(op), ops.invoked(op),
                    open ? History.NEVER : ops.deadline(op), ops.optional(op) || open));
        }
        List<Long> before = Arrays.stream(s.valuesBefore).boxed().toList();
        String reason = "not linearizable: no order explains " + ops.describe(f) + " completing at " + cut
                + " us; the counter could only hold " + before;
        return new Result(Verdict.INVALID, reason, ops.size(), ops.source(f), cut, before, listed, anyStart, s.explored, s.widest);
    }

    /** The operations invoked by the cut, by deadline (latest first), to find windows without rescanning the history. */
    private static final class Candidates {
        private final CounterOps ops;
        private final int[] byDeadline;
        private final int invokedByCut;

        Candidates(CounterOps ops, long cut) {
            this.ops = ops;
            int n = 0;
            while (n < ops.size() && ops.invoked(n) <= cut) {
                n++;
            }
            invokedByCut = n;
            long[] negated = new long[n];
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
                negated[i] = ops.deadline(i) == History.NEVER ? Long.MIN_VALUE : -ops.deadline(i);
            }
            byDeadline = CounterChecker.sortBy(order, negated);
        }

        /** The operations invoked by the cut and not completed before {@code start}, in invocation order. */
        int[] members(long start) {
            int k = 0;
            while (k < byDeadline.length && ops.deadline(byDeadline[k]) >= start) {
                k++;
            }
            int[] out = Arrays.copyOf(byDeadline, k);
            Arrays.sort(out);
            return out;
        }

        /**
         * Moves {@code start} back until no operation outside the window completes at or after the earliest
         * invocation inside (so everything outside precedes everything inside).
         */
        long closedStart(long start) {
            while (true) {
                long earliest = start;
                for (int k = 0; k < byDeadline.length && ops.deadline(byDeadline[k]) >= start; k++) {
                    earliest = Math.min(earliest, ops.invoked(byDeadline[k]));
                }
                if (earliest == start) {
                    return start;
                }
                start = earliest;
            }
        }

        /** The latest invocation before {@code start}, or {@link Long#MIN_VALUE}. */
        long invokedBefore(long start) {
            int lo = 0, hi = invokedByCut;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ops.invoked(mid) < start) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo == 0 ? Long.MIN_VALUE : ops.invoked(lo - 1);
        }
    }

}
