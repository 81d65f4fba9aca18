package dev.tmrkit.stateful.check;

import java.util.Arrays;

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
 * With no resets these are exactly Jepsen's bounds. A history that knows when replicas applied each
 * write (see {@link History#withApplications}) narrows the unanswered writes to those that took effect,
 * until the last time they did. Both sums are computed for every read at once with Fenwick trees, in
 * O(n log n).
 */
public final class CounterChecker {
    private CounterChecker() {
    }

    /** The lower and upper bound of every read (0 for other operations), indexed like the history. */
    public record Bounds(long[] lower, long[] upper) {
    }

    /** Checks every read; reads invoked at or after {@code finalFrom} are final reads (the last one is used). */
    public static CheckResult check(History h, long finalFrom) {
        return check(h, finalFrom, bounds(h));
    }

    /** As {@link #check(History, long)}, with the bounds {@code b} of {@code h} already computed. */
    public static CheckResult check(History h, long finalFrom, Bounds b) {
        long reads = 0, correct = 0, stale = 0, inflated = 0, noMajority = 0, timedOut = 0, disagree = 0, bitwiseRight = 0;
        long writes = 0, failed = 0, writesTimedOut = 0, unavailable = 0;
        long firstBad = -1;
        long firstWrong = -1;
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
            if (!good && o == Outcome.OK && (firstWrong < 0 || h.invoked(i) < firstWrong)) {
                firstWrong = h.invoked(i);
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
                failed, writesTimedOut, unavailable, firstBad, firstWrong, finalValue, lower, upper, lost, doubled);
    }

    /** The bounds of every read. */
    public static Bounds bounds(History h) {
        int n = h.size();
        long[] invoked = new long[n];
        long[] completed = new long[n];
        long[] effective = new long[n];
        for (int i = 0; i < n; i++) {
            invoked[i] = h.invoked(i);
            completed[i] = h.completed(i);
            effective[i] = h.kind(i) == History.Kind.READ ? completed[i] : h.latestEffect(i);
        }
        int[] reads = select(h, i -> h.kind(i) == History.Kind.READ);
        long[] lower = new long[n];
        long[] upper = new long[n];
        lowerBounds(h, reads, invoked, completed, effective, lower);
        upperBounds(h, reads, invoked, completed, effective, upper);
        return new Bounds(lower, upper);
    }

    private static int[] select(History h, java.util.function.IntPredicate which) {
        return java.util.stream.IntStream.range(0, h.size()).filter(which).toArray();
    }

    private static void lowerBounds(History h, int[] reads, long[] invoked, long[] completed, long[] effective, long[] out) {
        // X(read) = latest completion of any reset invoked before the read ended (NEVER if one did not complete)
        int[] rs = sortBy(select(h, i -> h.kind(i) == History.Kind.RESET && h.mayHaveApplied(i)), invoked);
        long[] resetInvoked = gather(rs, invoked);
        long[] maxCompletion = prefixMax(gather(rs, effective));
        // acknowledged increments, added in completion order, indexed by invocation rank
        int[] ok = sortBy(select(h, i -> h.kind(i) == History.Kind.INCREMENT && h.outcome(i) == Outcome.OK), completed);
        long[] invokedSorted = gather(ok, invoked);
        Arrays.sort(invokedSorted);
        Fenwick tree = new Fenwick(invokedSorted.length);
        int next = 0;
        long total = 0;
        for (int read : sortBy(reads.clone(), invoked)) {
            long a = invoked[read];
            while (next < ok.length && completed[ok[next]] < a) {
                int inc = ok[next++];
                tree.add(countBelow(invokedSorted, invoked[inc], false), h.amount(inc));
                total += h.amount(inc);
            }
            int k = countBelow(resetInvoked, completed[read], false);
            long x = k == 0 ? Long.MIN_VALUE : maxCompletion[k - 1];
            out[read] = x == History.NEVER ? 0 : total - tree.prefix(countBelow(invokedSorted, x, true));
        }
    }

    private static void upperBounds(History h, int[] reads, long[] invoked, long[] completed, long[] effective, long[] out) {
        // m(read) = latest invocation of a reset that completed before the read began
        int[] rs = sortBy(select(h, i -> h.kind(i) == History.Kind.RESET && h.outcome(i) == Outcome.OK), completed);
        long[] resetCompleted = gather(rs, completed);
        long[] maxInvoked = prefixMax(gather(rs, invoked));
        // increments that may have applied, added in invocation order, indexed by completion rank
        int[] maybe = sortBy(select(h, i -> h.kind(i) == History.Kind.INCREMENT && h.mayHaveApplied(i)), invoked);
        long[] completedSorted = gather(maybe, effective);
        Arrays.sort(completedSorted);
        Fenwick tree = new Fenwick(completedSorted.length);
        int next = 0;
        long total = 0;
        for (int read : sortBy(reads.clone(), completed)) {
            long b = completed[read];
            while (next < maybe.length && invoked[maybe[next]] <= b) {
                int inc = maybe[next++];
                tree.add(countBelow(completedSorted, effective[inc], false), h.amount(inc));
                total += h.amount(inc);
            }
            int k = countBelow(resetCompleted, invoked[read], false);
            long m = k == 0 ? Long.MIN_VALUE : maxInvoked[k - 1];
            out[read] = total - tree.prefix(countBelow(completedSorted, m, false));
        }
    }

    private static long[] gather(int[] ops, long[] values) {
        long[] out = new long[ops.length];
        for (int i = 0; i < ops.length; i++) {
            out[i] = values[ops[i]];
        }
        return out;
    }

    /** Sorts {@code ops} in place by {@code key[op]}, stably (merge sort), and returns it. */
    public static int[] sortBy(int[] ops, long[] key) {
        int[] buffer = new int[ops.length];
        for (int width = 1; width < ops.length; width *= 2) {
            for (int lo = 0; lo < ops.length - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, ops.length);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi) {
                    buffer[k++] = key[ops[j]] < key[ops[i]] ? ops[j++] : ops[i++];
                }
                while (i < mid) {
                    buffer[k++] = ops[i++];
                }
                while (j < hi) {
                    buffer[k++] = ops[j++];
                }
                System.arraycopy(buffer, lo, ops, lo, hi - lo);
            }
        }
        return ops;
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
