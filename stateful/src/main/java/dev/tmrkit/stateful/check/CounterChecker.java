package dev.tmrkit.stateful.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A counter checker in the manner of Jepsen's, extended to resets. Each operation took effect at one
 * instant between its invocation and its completion (or any time after its invocation, if it never
 * completed; never, if it was refused). A read at such an instant returns the sum of the increments
 * since the last reset; over all placements consistent with the history, that sum lies within
 * <ul>
 *   <li>lower bound: the increments acknowledged before the read began, invoked after the latest
 *       completion of any reset that may precede the read (none count if such a reset never completed);</li>
 *   <li>upper bound: the increments that may have been applied, invoked before the read ended and not
 *       completed before the latest invocation of a reset that completed before the read began.</li>
 * </ul>
 * With no resets these are exactly Jepsen's bounds. Both sums are computed for every read at once
 * with Fenwick trees, in O(n log n).
 */
public final class CounterChecker {
    private CounterChecker() {
    }

    /** The lower and upper bound of every read (0 for other operations), indexed like the history. */
    public record Bounds(long[] lower, long[] upper) {
    }

    /** Checks every read; reads invoked at or after {@code finalFrom} are final reads (the last one is used). */
    public static CheckResult check(History h, long finalFrom) {
        Bounds b = bounds(h);
        long reads = 0, correct = 0, stale = 0, inflated = 0, noMajority = 0, timedOut = 0, disagree = 0, bitwiseRight = 0;
        long writes = 0, failed = 0, writesTimedOut = 0, unavailable = 0;
        long firstBad = -1;
        int last = -1;
        for (int i = 0; i < h.size(); i++) {
            Outcome o = h.outcome(i);
            if (h.kind(i) != History.Kind.READ) {
                writes++;
                failed += o == Outcome.FAILED ? 1 : 0;
                writesTimedOut += o == Outcome.TIMED_OUT ? 1 : 0;
                unavailable += o == Outcome.OK ? 0 : 1;
                continue;
            }
            if (h.invoked(i) >= finalFrom) {
                last = i;
                continue;
            }
            reads++;
            boolean good = false;
            if (o == Outcome.OK) {
                long v = h.value(i);
                good = v >= b.lower[i] && v <= b.upper[i];
                correct += good ? 1 : 0;
                stale += v < b.lower[i] ? 1 : 0;
                inflated += v > b.upper[i] ? 1 : 0;
            } else {
                unavailable++;
                noMajority += o == Outcome.NO_MAJORITY ? 1 : 0;
                timedOut += o == Outcome.TIMED_OUT ? 1 : 0;
                if (o == Outcome.NO_MAJORITY && h.voted(i)) {
                    disagree++;
                    bitwiseRight += h.bitwise(i) >= b.lower[i] && h.bitwise(i) <= b.upper[i] ? 1 : 0;
                }
            }
            if (!good && (firstBad < 0 || h.invoked(i) < firstBad)) {
                firstBad = h.invoked(i);
            }
        }
        long finalValue = -1, lower = 0, upper = 0, lost = 0, doubled = 0;
        if (last >= 0) {
            lower = b.lower[last];
            upper = b.upper[last];
            if (h.outcome(last) == Outcome.OK) {
                finalValue = h.value(last);
                lost = Math.max(0, lower - finalValue);
                doubled = Math.max(0, finalValue - upper);
            }
        }
        return new CheckResult(reads, correct, stale, inflated, noMajority, timedOut, disagree, bitwiseRight, writes,
                failed, writesTimedOut, unavailable, firstBad, finalValue, lower, upper, lost, doubled);
    }

    /** The bounds of every read. */
    public static Bounds bounds(History h) {
        int n = h.size();
        List<Integer> reads = new ArrayList<>();
        List<Integer> increments = new ArrayList<>();
        List<Integer> resets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            switch (h.kind(i)) {
                case READ -> reads.add(i);
                case INCREMENT -> increments.add(i);
                case RESET -> resets.add(i);
            }
        }
        long[] lower = new long[n];
        long[] upper = new long[n];
        lowerBounds(h, reads, increments, resets, lower);
        upperBounds(h, reads, increments, resets, upper);
        return new Bounds(lower, upper);
    }

    private static long effectiveCompletion(History h, int op) {
        return h.outcome(op) == Outcome.OK ? h.completed(op) : History.NEVER;
    }

    private static void lowerBounds(History h, List<Integer> reads, List<Integer> increments, List<Integer> resets, long[] out) {
        // X(read) = latest completion of any reset invoked before the read ended (NEVER if one did not complete)
        List<Integer> rs = resets.stream().filter(r -> h.outcome(r) != Outcome.FAILED)
                .sorted((x, y) -> Long.compare(h.invoked(x), h.invoked(y))).toList();
        long[] resetInvoked = rs.stream().mapToLong(h::invoked).toArray();
        long[] maxCompletion = prefixMax(rs.stream().mapToLong(r -> effectiveCompletion(h, r)).toArray());
        // acknowledged increments, added in completion order, indexed by invocation rank
        List<Integer> ok = increments.stream().filter(i -> h.outcome(i) == Outcome.OK)
                .sorted((x, y) -> Long.compare(h.completed(x), h.completed(y))).toList();
        long[] invokedSorted = ok.stream().mapToLong(h::invoked).sorted().toArray();
        Fenwick tree = new Fenwick(invokedSorted.length);
        List<Integer> byStart = reads.stream().sorted((x, y) -> Long.compare(h.invoked(x), h.invoked(y))).toList();
        int next = 0;
        long total = 0;
        for (int read : byStart) {
            long a = h.invoked(read);
            while (next < ok.size() && h.completed(ok.get(next)) < a) {
                int inc = ok.get(next++);
                tree.add(rankOf(invokedSorted, h.invoked(inc)), h.amount(inc));
                total += h.amount(inc);
            }
            int k = countBelow(resetInvoked, h.completed(read), false);
            long x = k == 0 ? Long.MIN_VALUE : maxCompletion[k - 1];
            out[read] = x == History.NEVER ? 0 : total - tree.prefix(countBelow(invokedSorted, x, true));
        }
    }

    private static void upperBounds(History h, List<Integer> reads, List<Integer> increments, List<Integer> resets, long[] out) {
        // m(read) = latest invocation of a reset that completed before the read began
        List<Integer> rs = resets.stream().filter(r -> h.outcome(r) == Outcome.OK)
                .sorted((x, y) -> Long.compare(h.completed(x), h.completed(y))).toList();
        long[] resetCompleted = rs.stream().mapToLong(h::completed).toArray();
        long[] maxInvoked = prefixMax(rs.stream().mapToLong(h::invoked).toArray());
        // increments that may have applied, added in invocation order, indexed by completion rank
        List<Integer> maybe = increments.stream().filter(i -> h.outcome(i).mayHaveApplied())
                .sorted((x, y) -> Long.compare(h.invoked(x), h.invoked(y))).toList();
        long[] completedSorted = maybe.stream().mapToLong(i -> effectiveCompletion(h, i)).sorted().toArray();
        Fenwick tree = new Fenwick(completedSorted.length);
        List<Integer> byEnd = reads.stream().sorted((x, y) -> Long.compare(h.completed(x), h.completed(y))).toList();
        int next = 0;
        long total = 0;
        for (int read : byEnd) {
            long b = h.completed(read);
            while (next < maybe.size() && h.invoked(maybe.get(next)) <= b) {
                int inc = maybe.get(next++);
                tree.add(rankOf(completedSorted, effectiveCompletion(h, inc)), h.amount(inc));
                total += h.amount(inc);
            }
            int k = countBelow(resetCompleted, h.invoked(read), false);
            long m = k == 0 ? Long.MIN_VALUE : maxInvoked[k - 1];
            out[read] = total - tree.prefix(countBelow(completedSorted, m, false));
        }
    }

    private static long[] prefixMax(long[] v) {
        long[] out = v.clone();
        for (int i = 1; i < out.length; i++) {
            out[i] = Math.max(out[i], out[i - 1]);
        }
        return out;
    }

    /** How many of the sorted values are below {@code bound} (or at most {@code bound} if inclusive). */
    private static int countBelow(long[] sorted, long bound, boolean inclusive) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < bound || inclusive && sorted[mid] == bound) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A position for {@code value} in the sorted array: distinct positions for equal values, filled left to right. */
    private static int rankOf(long[] sorted, long value) {
        return countBelow(sorted, value, false);
    }

    /** Sums over positions, by prefix. */
    private static final class Fenwick {
        private final long[] tree;
        private final int[] used;

        Fenwick(int n) {
            tree = new long[n + 1];
            used = new int[n + 1];
        }

        /** Adds at the first free position at or after {@code position} among equal values. */
        void add(int position, long amount) {
            int p = position + used[position]++;
            for (int i = p + 1; i < tree.length; i += i & -i) {
                tree[i] += amount;
            }
        }

        /** The sum over positions {@code 0..count-1}. */
        long prefix(int count) {
            long s = 0;
            for (int i = count; i > 0; i -= i & -i) {
                s += tree[i];
            }
            return s;
        }
    }
}
