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
 * The linearizability checker against brute force: for small random histories every order of every
 * subset of the optional operations is enumerated, and the history is linearizable iff one of them
 * respects real time and a sequential counter returns every read's value. The checker must agree on
 * every history (sound and complete there), and every window it prints must itself be a proof.
 */
class LinearizabilityTest {
    /** A generated operation: kind (0 read, 1 increment, 2 reset), amount or value, start, length, optional, open-ended. */
    private record G(int kind, int number, int start, int length, boolean optional, boolean open) {
    }

    private static Gen<List<G>> histories(int maxOps) {
        Gen<G> op = integers().between(0, 5).zip(integers().between(0, 4), integers().between(0, 10), integers().between(0, 6),
                integers().between(0, 5), (k, number, start, length, opt) -> {
                    int kind = k <= 2 ? 0 : k <= 4 ? 1 : 2;
                    boolean optional = kind != 0 && opt <= 1;
                    return new G(kind, kind == 1 ? 1 + number % 3 : number, start, length, optional, optional && opt == 0);
                });
        return lists().of(op).ofSizeBetween(1, maxOps);
    }

    private static CounterOps ops(List<G> gs) {
        CounterOps.Builder b = new CounterOps.Builder();
        for (int i = 0; i < gs.size(); i++) {
            G g = gs.get(i);
            History.Kind kind = g.kind() == 0 ? History.Kind.READ : g.kind() == 1 ? History.Kind.INCREMENT : History.Kind.RESET;
            b.add(i, kind, g.kind() == 1 ? g.number() : 0, g.kind() == 0 ? g.number() : 0, g.start(),
                    g.open() ? History.NEVER : g.start() + g.length(), g.optional());
        }
        return b.build();
    }

    /** Brute force: some subset of the optional operations, in some real-time order, explains every read from {@code start}. */
    static boolean bruteForce(CounterOps ops, long start) {
        List<Integer> optional = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            if (ops.optional(i)) {
                optional.add(i);
            }
        }
        for (int mask = 0; mask < 1 << optional.size(); mask++) {
            boolean[] done = new boolean[ops.size()];
            for (int k = 0; k < optional.size(); k++) {
                done[optional.get(k)] = (mask >> k & 1) == 1;   // left out: never took effect
            }
            if (orders(ops, done, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean orders(CounterOps ops, boolean[] done, long value) {
        boolean all = true;
        for (int i = 0; i < ops.size(); i++) {
            if (done[i]) {
                continue;
            }
            all = false;
            boolean ready = true;
            for (int j = 0; j < ops.size() && ready; j++) {
                ready = done[j] || j == i || !(ops.deadline(j) < ops.invoked(i));
            }
            if (!ready) {
                continue;
            }
            long next = switch (ops.kind(i)) {
                case INCREMENT -> value + ops.amount(i);
                case RESET -> 0;
                case READ -> ops.value(i) == value ? value : -1;
            };
            if (next < 0) {
                continue;
            }
            done[i] = true;
            boolean ok = orders(ops, done, next);
            done[i] = false;
            if (ok) {
                return true;
            }
        }
        return all;
    }

    /** Brute force from any start value (0 up to the largest value read suffices). */
    static boolean bruteForceAnyStart(CounterOps ops) {
        long max = 0;
        for (int i = 0; i < ops.size(); i++) {
            max = Math.max(max, ops.value(i));
        }
        for (long s = 0; s <= max; s++) {
            if (bruteForce(ops, s)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void agreesWithBruteForceOnSmallRandomHistories() {
        int[] invalid = new int[1];
        qt().withExamples(20000).forAll(histories(7)).checkAssert(gs -> {
            CounterOps ops = ops(gs);
            boolean expected = bruteForce(ops, 0);
            Linearizability.Result r = Linearizability.check(ops, Linearizability.DEFAULT_BUDGET);
            assertEquals(expected ? Verdict.VALID : Verdict.INVALID, r.verdict(), gs.toString());
            invalid[0] += expected ? 0 : 1;
        });
        assertTrue(invalid[0] > 2000 && invalid[0] < 18000, "both verdicts exercised: " + invalid[0] + " of 20000 invalid");
    }

    @Test
    void anyStartSearchAgreesWithBruteForce() {
        qt().withExamples(2000).forAll(histories(6)).checkAssert(gs -> {
            CounterOps ops = ops(gs);
            assertEquals(bruteForceAnyStart(ops), Linearizability.fromAnyStart(ops, Long.MAX_VALUE) == ConfigurationSearch.End.LINEARIZABLE,
                    gs.toString());
        });
    }

    @Test
    void everyWindowIsItselfAProofAndEndsAtTheFailure() {
        qt().withExamples(2000).forAll(histories(7)).checkAssert(gs -> {
            CounterOps ops = ops(gs);
            Linearizability.Result r = Linearizability.check(ops, Linearizability.DEFAULT_BUDGET);
            if (r.verdict() != Verdict.INVALID) {
                return;
            }
            CounterOps.Builder b = new CounterOps.Builder();
            boolean failing = false;
            for (Linearizability.WindowOp w : r.window()) {
                b.add(w.index(), w.kind(), w.amount(), w.value(), w.invoked(), w.deadline(), w.optional());
                failing |= w.index() == r.failedOp();
            }
            CounterOps window = b.build();
            assertTrue(failing, "the window holds the failing operation: " + r);
            assertFalse(r.fromAnyStart() ? bruteForceAnyStart(window) : bruteForce(window, 0), "window " + r.window() + " of " + gs);
            assertTrue(window.size() <= ops.size());
        });
    }

    @Test
    void readOfFiveThenZeroWithAnIncrementOfFiveInFlightIsNotLinearizable() {
        // the example: inc(5) open over [0, 100]; read 5 over [10, 20]; read 0 over [30, 40]
        CounterOps ops = new CounterOps.Builder()
                .add(0, History.Kind.INCREMENT, 5, 0, 0, 100, false)
                .add(1, History.Kind.READ, 0, 5, 10, 20, false)
                .add(2, History.Kind.READ, 0, 0, 30, 40, false)
                .build();
        Linearizability.Result r = Linearizability.check(ops, 1000);
        assertEquals(Verdict.INVALID, r.verdict());
        assertEquals(2, r.failedOp());
        assertEquals(List.of(5L), r.valuesBefore());
        assertEquals(3, r.window().size());
        assertTrue(r.fromAnyStart());
        // the bounds checker passes both reads: each alone lies within [0, 5]
        History h = new History();
        int inc = h.invoke(0, History.Kind.INCREMENT, 5, 0);
        int a = h.invoke(1, History.Kind.READ, 0, 10);
        h.complete(a, 20, Outcome.OK, 5, 5, true);
        int b = h.invoke(2, History.Kind.READ, 0, 30);
        h.complete(b, 40, Outcome.OK, 0, 0, true);
        h.complete(inc, 100, Outcome.OK, 0, 0, false);
        assertTrue(CounterChecker.check(h, Long.MAX_VALUE).valid());
        assertEquals(Verdict.INVALID, Linearizability.check(h).verdict());
    }

    @Test
    void theWindowStartsAfterEarlierIrrelevantOperations() {
        CounterOps.Builder b = new CounterOps.Builder();
        for (int i = 0; i < 20; i++) {
            b.add(i, History.Kind.INCREMENT, 1, 0, 10 * i, 10 * i + 5, false);
        }
        b.add(20, History.Kind.READ, 0, 20, 300, 305, false);
        b.add(21, History.Kind.READ, 0, 19, 310, 315, false);   // went backwards with nothing in flight
        Linearizability.Result r = Linearizability.check(b.build(), 10_000);
        assertEquals(Verdict.INVALID, r.verdict());
        assertEquals(List.of(20, 21), r.window().stream().map(Linearizability.WindowOp::index).toList());
    }

    @Test
    void aTightBudgetGivesUnknownNotAVerdict() {
        CounterOps.Builder b = new CounterOps.Builder();
        for (int i = 0; i < 30; i++) {
            b.add(i, History.Kind.INCREMENT, 1 + i % 3, 0, 0, 1000, false);
        }
        b.add(30, History.Kind.READ, 0, 7, 10, 20, false);
        Linearizability.Result r = Linearizability.check(b.build(), 50);
        assertEquals(Verdict.UNKNOWN, r.verdict());
        assertEquals(3, r.verdict().exitCode());
        assertEquals(Verdict.VALID, Linearizability.check(b.build(), Linearizability.DEFAULT_BUDGET).verdict());
    }
}
