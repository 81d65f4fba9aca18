package dev.tmrkit.stateful.check;

/**
 * The verdict on a run's whole history: the linearizability check, and lost or double-counted
 * increments judged on every answered read (not only the final one) against the checker's bounds.
 *
 * @param linearizability the linearizability check of the whole history (final read included)
 * @param readsLosing     answered reads below their lower bound: acknowledged increments missing
 * @param maxLost         the most increments (by amount) any read missed
 * @param readsDoubling   answered reads above their upper bound: more counted than was ever attempted
 * @param maxDoubled      the most any read exceeded its upper bound by
 * @param verdict         invalid if the history is not linearizable or a read lost or double-counted;
 *                        unknown if the search gave up; else valid
 */
public record Judgement(Linearizability.Result linearizability, long readsLosing, long maxLost, long readsDoubling, long maxDoubled,
                        Verdict verdict) {
    /** Judges {@code h}, whose read bounds are {@code b}, exploring at most {@code budget} configurations. */
    public static Judgement of(History h, CounterChecker.Bounds b, long budget) {
        long losing = 0, maxLost = 0, doubling = 0, maxDoubled = 0;
        for (int i = 0; i < h.size(); i++) {
            if (h.kind(i) != History.Kind.READ || h.outcome(i) != Outcome.OK) {
                continue;
            }
            long v = h.value(i);
            if (v < b.lower()[i]) {
                losing++;
                maxLost = Math.max(maxLost, b.lower()[i] - v);
            } else if (v > b.upper()[i]) {
                doubling++;
                maxDoubled = Math.max(maxDoubled, v - b.upper()[i]);
            }
        }
        Linearizability.Result lin = Linearizability.check(CounterOps.of(h), budget);
        Verdict bounds = losing + doubling > 0 ? Verdict.INVALID : Verdict.VALID;
        return new Judgement(lin, losing, maxLost, doubling, maxDoubled, lin.verdict().and(bounds));
    }
}
