package dev.tmrkit.stateful.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.tmrkit.testing.Properties.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The checker against the definition of a correct counter: every way of placing the operations at
 * instants within their intervals (a linearization) is enumerated for small histories, and every read's
 * value in every linearization must lie within the checker's bounds; without resets the bounds are
 * exactly the smallest and largest such values, as in Jepsen.
 */
class CounterCheckerTest {
    /** One generated operation: kind, amount, invocation, duration, outcome. */
    private record Op(History.Kind kind, long amount, long invoked, long duration, Outcome outcome) {
    }

    /** Distinct times: slot * 16 + index, so no two invocations or completions coincide. */
    private static Gen<List<Op>> histories(boolean resets) {
        Gen<Op> op = integers().between(0, resets ? 2 : 1).zip(integers().between(1, 3), integers().between(0, 12),
                integers().between(0, 10), integers().between(0, 9), (k, amount, start, length, out) -> {
                    History.Kind kind = k == 0 ? History.Kind.READ : k == 1 ? History.Kind.INCREMENT : History.Kind.RESET;
                    Outcome outcome = kind == History.Kind.READ ? Outcome.OK
                            : out == 0 ? Outcome.FAILED : out == 1 ? Outcome.TIMED_OUT : Outcome.OK;
                    return new Op(kind, kind == History.Kind.INCREMENT ? amount : 0, start, length, outcome);
                });
        return lists().of(op).ofSizeBetween(1, 6);
    }

    private static History history(List<Op> ops) {
        History h = new History();
        for (int i = 0; i < ops.size(); i++) {
            Op o = ops.get(i);
            int id = h.invoke(0, o.kind(), o.amount(), o.invoked() * 16 + i);
            if (o.outcome() != Outcome.TIMED_OUT || o.kind() == History.Kind.READ) {
                h.complete(id, (o.invoked() + o.duration()) * 16 + 8 + i, o.outcome(), 0, 0, true);
            }
        }
        return h;
    }

    /** Every read value of every linearization: values[read] collects them. */
    private static void linearizations(History h, List<Integer> placed, boolean[] done, List<List<Long>> values) {
        boolean progressed = false;
        for (int i = 0; i < h.size(); i++) {
            if (done[i] || h.outcome(i) == Outcome.FAILED) {
                continue;
            }
            boolean ready = true;
            for (int j = 0; j < h.size(); j++) {
                // j must come first if it completed before i was invoked (and may have applied)
                if (!done[j] && j != i && h.outcome(j) != Outcome.FAILED && h.completed(j) < h.invoked(i)) {
                    ready = false;
                }
            }
            if (!ready) {
                continue;
            }
            progressed = true;
            done[i] = true;
            placed.add(i);
            linearizations(h, placed, done, values);
            placed.remove(placed.size() - 1);
            done[i] = false;
        }
        if (!progressed) {
            long value = 0;
            for (int op : placed) {
                switch (h.kind(op)) {
                    case INCREMENT -> value += h.amount(op);
                    case RESET -> value = 0;
                    case READ -> values.get(op).add(value);
                }
            }
        }
    }

    /** Every linearization, for every subset of the timed-out writes that never applied. */
    private static List<List<Long>> readValues(History h) {
        List<List<Long>> values = new ArrayList<>();
        List<Integer> timedOut = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            values.add(new ArrayList<>());
            if (h.kind(i) != History.Kind.READ && h.outcome(i) == Outcome.TIMED_OUT) {
                timedOut.add(i);
            }
        }
        for (int mask = 0; mask < 1 << timedOut.size(); mask++) {
            boolean[] done = new boolean[h.size()];
            for (int k = 0; k < timedOut.size(); k++) {
                done[timedOut.get(k)] = (mask >> k & 1) == 1;   // never applied: as if placed nowhere
            }
            linearizations(h, new ArrayList<>(), done, values);
        }
        return values;
    }

    @Test
    void everyLinearizedReadValueLiesWithinTheBounds() {
        qt().forAll(histories(true)).checkAssert(ops -> {
            History h = history(ops);
            CounterChecker.Bounds b = CounterChecker.bounds(h);
            List<List<Long>> values = readValues(h);
            for (int i = 0; i < h.size(); i++) {
                for (long v : values.get(i)) {
                    assertTrue(v >= b.lower()[i] && v <= b.upper()[i], "read " + i + " = " + v + " outside ["
                            + b.lower()[i] + ", " + b.upper()[i] + "] in " + ops);
                }
            }
        });
    }

    @Test
    void withoutResetsTheBoundsAreTheSmallestAndLargestPossibleValuesAsInJepsen() {
        qt().forAll(histories(false)).checkAssert(ops -> {
            History h = history(ops);
            CounterChecker.Bounds b = CounterChecker.bounds(h);
            List<List<Long>> values = readValues(h);
            for (int i = 0; i < h.size(); i++) {
                if (h.kind(i) == History.Kind.READ && !values.get(i).isEmpty()) {
                    long min = values.get(i).stream().mapToLong(Long::longValue).min().orElseThrow();
                    long max = values.get(i).stream().mapToLong(Long::longValue).max().orElseThrow();
                    assertEquals(List.of(min, max), List.of(b.lower()[i], b.upper()[i]), ops::toString);
                }
            }
        });
    }

    @Test
    void aSequentialHistoryHasOneCorrectValuePerReadTheSequentialCounters() {
        qt().forAll(lists().of(integers().between(-1, 3)).ofSizeBetween(1, 60)).checkAssert(codes -> {
            // -1 reset, 0 read, n > 0 increment by n; one operation at a time, all acknowledged
            History h = new History();
            long t = 0;
            long model = 0;
            List<Long> expected = new ArrayList<>();
            for (int c : codes) {
                History.Kind kind = c < 0 ? History.Kind.RESET : c == 0 ? History.Kind.READ : History.Kind.INCREMENT;
                int id = h.invoke(0, kind, Math.max(c, 0), t++);
                model = c < 0 ? 0 : model + c;
                h.complete(id, t++, Outcome.OK, model, model, true);
                expected.add(kind == History.Kind.READ ? model : -1);
            }
            CounterChecker.Bounds b = CounterChecker.bounds(h);
            for (int i = 0; i < h.size(); i++) {
                if (expected.get(i) >= 0) {
                    assertEquals(expected.get(i), b.lower()[i]);
                    assertEquals(expected.get(i), b.upper()[i]);
                }
            }
            assertTrue(CounterChecker.check(h, Long.MAX_VALUE).valid());
        });
    }

    @Test
    void countsWrongAndUnavailableReadsAndJudgesTheFinalRead() {
        History h = new History();
        int inc5 = h.invoke(0, History.Kind.INCREMENT, 5, 0);
        h.complete(inc5, 10, Outcome.OK, 0, 0, true);
        int stale = h.invoke(1, History.Kind.READ, 0, 20);          // misses the acknowledged 5
        h.complete(stale, 25, Outcome.OK, 0, 0, true);
        int refused = h.invoke(0, History.Kind.INCREMENT, 100, 30);  // refused: never counts
        h.complete(refused, 31, Outcome.FAILED, 0, 0, true);
        int inflated = h.invoke(1, History.Kind.READ, 0, 40);       // 105 > 5
        h.complete(inflated, 45, Outcome.OK, 105, 105, true);
        int split = h.invoke(1, History.Kind.READ, 0, 50);          // no majority; bitwise said 5
        h.complete(split, 55, Outcome.NO_MAJORITY, 0, 5, true);
        int unknown = h.invoke(0, History.Kind.INCREMENT, 2, 60);   // timed out: may count
        h.complete(unknown, 160, Outcome.TIMED_OUT, 0, 0, true);
        int good = h.invoke(1, History.Kind.READ, 0, 70);
        h.complete(good, 75, Outcome.OK, 7, 7, true);
        int last = h.invoke(1, History.Kind.READ, 0, 1000);         // the final read
        h.complete(last, 1005, Outcome.OK, 4, 4, true);
        CheckResult c = CounterChecker.check(h, 1000);
        assertEquals(4, c.reads());
        assertEquals(1, c.correctReads());
        assertEquals(1, c.staleReads());
        assertEquals(1, c.inflatedReads());
        assertEquals(1, c.noMajorityReads());
        assertEquals(1, c.voterDisagreements());
        assertEquals(1, c.bitwiseRight());
        assertEquals(3, c.writes());
        assertEquals(1, c.failedWrites());
        assertEquals(1, c.timedOutWrites());
        assertEquals(3, c.unavailable(), "the refused and the timed-out write, the split read");
        assertEquals(20, c.firstBadRead());
        assertEquals(20, c.firstWrongRead());
        assertEquals(List.of(4L, 5L, 7L), List.of(c.finalRead(), c.finalLower(), c.finalUpper()));
        assertEquals(1, c.lostIncrements());
        assertEquals(0, c.doubleCounted());
        assertFalse(c.valid());
        assertEquals(0.25, c.correctFraction());
    }

    @Test
    void aResetThatMayStillApplyRemovesTheLowerBound() {
        History h = new History();
        int inc = h.invoke(0, History.Kind.INCREMENT, 3, 0);
        h.complete(inc, 5, Outcome.OK, 0, 0, true);
        int reset = h.invoke(1, History.Kind.RESET, 0, 6);   // never answered: may apply any time later
        int read = h.invoke(0, History.Kind.READ, 0, 100);
        h.complete(read, 105, Outcome.OK, 0, 0, true);
        CounterChecker.Bounds b = CounterChecker.bounds(h);
        assertEquals(0, b.lower()[read]);
        assertEquals(3, b.upper()[read]);
        assertEquals(Outcome.TIMED_OUT, h.outcome(reset));
    }

    @Test
    void knowingWhenWritesAppliedNarrowsWhatUnansweredWritesMayContribute() {
        for (boolean knows : new boolean[] {false, true}) {
            History h = knows ? History.withApplications(8) : new History();
            int lostInFlight = h.invoke(0, History.Kind.INCREMENT, 50, 0);   // timed out, never applied
            h.complete(lostInFlight, 100, Outcome.TIMED_OUT, 0, 0, true);
            int late = h.invoke(0, History.Kind.INCREMENT, 7, 10);            // timed out, applied at 40
            h.complete(late, 110, Outcome.TIMED_OUT, 0, 0, true);
            int reset = h.invoke(1, History.Kind.RESET, 0, 20);              // timed out, applied at 30
            h.complete(reset, 120, Outcome.TIMED_OUT, 0, 0, true);
            int inc = h.invoke(1, History.Kind.INCREMENT, 2, 130);
            h.complete(inc, 140, Outcome.OK, 0, 0, true);
            int read = h.invoke(2, History.Kind.READ, 0, 200);
            h.complete(read, 210, Outcome.OK, 9, 9, true);
            if (knows) {
                h.applied(late, 40);
                h.applied(reset, 25);
                h.applied(reset, 30);
            }
            CounterChecker.Bounds b = CounterChecker.bounds(h);
            if (knows) {
                // the reset took effect by 30: the acknowledged 2 counts; the 7 (applied at 40) may; the 50 never did
                assertEquals(List.of(2L, 9L), List.of(b.lower()[read], b.upper()[read]));
            } else {
                // the reset may still apply any time: nothing is certain; everything not refused may count
                assertEquals(List.of(0L, 59L), List.of(b.lower()[read], b.upper()[read]));
            }
        }
    }
}
