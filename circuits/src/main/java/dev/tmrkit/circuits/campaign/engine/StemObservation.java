package dev.tmrkit.circuits.campaign.engine;

import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.gates.eval.StuckAtPropagator;

/**
 * Which lanes a fanout stem's flip makes wrong at the outputs, for {@link StuckAtBlock}: the flip is
 * propagated (event-driven, in the given lanes only) and the changed outputs judged word by word.
 *
 * <p>Tried and dropped: stopping each stem's propagation at its immediate post-dominator and sharing the
 * dominator's judgement among the stems it dominates (exact, but not faster on c3540, c6288 or c7552).
 */
final class StemObservation {
    private final StuckAtPropagator prop;
    private final OutputCheck check;
    private final int[] judged;
    private final int[] judgedPosition;
    private final int mismatchOutput;
    private final long[] errors;
    private final int[] reached;

    StemObservation(StuckAtPropagator prop, OutputCheck check, int[] judged, int[] judgedPosition, int mismatchOutput) {
        this.prop = prop;
        this.check = check;
        this.judged = judged;
        this.judgedPosition = judgedPosition;
        this.mismatchOutput = mismatchOutput;
        this.errors = new long[judged.length];
        this.reached = new int[judged.length];
    }

    /**
     * For a flip of {@code stem} in {@code lanes}: the wrong lanes of each word into {@code wrong}, and the
     * mismatch output's words into {@code flag} (meaningful in the wrong lanes).
     */
    void observe(int stem, long[] lanes, int w, long[] wrong, long[] flag) {
        prop.propagateFlip(stem, lanes);
        int n = 0;
        for (int j = 0; j < prop.changedOutputs(); j++) {
            int r = judgedPosition[prop.changedOutput(j)];
            if (r >= 0) {
                reached[n++] = r;
            }
        }
        for (int i = 0; i < w; i++) {
            for (int j = 0; j < n; j++) {
                int o = judged[reached[j]];
                errors[reached[j]] = prop.output(o, i) ^ prop.goodOutput(o, i);
            }
            wrong[i] = n == 0 ? 0L : check.wrongLanes(errors, reached, n);
            flag[i] = mismatchOutput >= 0 ? prop.output(mismatchOutput, i) : 0L;
        }
        // the check may read a reached output's whole group: leave no stale error words behind
        for (int j = 0; j < n; j++) {
            errors[reached[j]] = 0;
        }
    }
}
