package dev.tmrkit.circuits.campaign.engine;

import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.gates.eval.StemLanes;
import dev.tmrkit.gates.eval.StuckAtPropagator;

/**
 * The first patterns of a fault-dropping run, one pattern at a time with up to 64 fanout stems per pass
 * ({@link StemLanes}: stem j flipped in lane j), for {@link StuckAtBlock}. At the start most faults are live
 * and most are found by the first few patterns, so a pass per 64 stems per pattern can do far less work than
 * one propagation per stem over 64 patterns (c6288: about a fifth). It is measured, not assumed: a sample of
 * stems is propagated over the whole word (every lane) first, and the patterns stop (the rest of the word left to the
 * stem-by-stem propagation) when the first pass costs more than the propagations it could spare, when the
 * last {@link #WINDOW} patterns settled fewer stems than their passes cost, or when fewer than {@code
 * minimum} stems are flipped on the next pattern.
 *
 * <p>Exact: patterns are taken in order and, on each, every live fault that flips its stem is judged by the
 * stem's lane, so a fault settled here fails first on that pattern. A fault left live (unflagged nowhere yet)
 * is judged again on the whole word afterwards: the same lanes give the same verdict (only the failing count,
 * which a dropping run does not report, sees them twice).
 */
final class FirstPatterns {
    private final StuckAtPropagator prop;
    private final StemLanes lanes;
    private final Sites sites;
    private final OutputCheck check;
    private final int[] judged;
    private final int[] judgedPosition;
    private final int mismatchOutput;
    private static final int SAMPLE = 8;
    /** A pass evaluates gates without bookkeeping: about this many cost what one event of a propagation costs. */
    private static final int SWEPT_PER_EVENT = 4;
    /** Patterns over which the passes' cost is weighed against the stems they settle. */
    private static final int WINDOW = 4;
    /** Weight of a pass's cost against the propagations it spares: about how many patterns a stem's faults need before all are settled (at least two: sa0 and sa1), with a margin. */
    private static final int PATTERNS_TO_SETTLE = 8;
    private final int minimum;
    private final boolean adaptive;
    private final long[] errors;
    private final int[] reached;
    private final int[] batch = new int[64];
    private final int[] batchGroup = new int[64];
    private final long[] word = new long[1];

    FirstPatterns(StuckAtPropagator prop, Sites sites, OutputCheck check, int[] judged, int[] judgedPosition, int mismatchOutput,
                  int minimum, boolean adaptive) {
        this.prop = prop;
        this.lanes = new StemLanes(prop);
        this.sites = sites;
        this.check = check;
        this.judged = judged;
        this.judgedPosition = judgedPosition;
        this.mismatchOutput = mismatchOutput;
        this.minimum = Math.max(1, minimum);
        this.adaptive = adaptive;
        this.errors = new long[judged.length];
        this.reached = new int[judged.length];
    }

    /**
     * Judges the live faults on the patterns of word 0, in order, while enough stems are flipped (and, when
     * adaptive, while a pattern's passes cost less than the stem-by-stem propagations they spare); the
     * propagator holds word 0's good values (a chunk of one word).
     *
     * @param valid the lanes of word 0 that are patterns of the set
     * @return how many patterns (lanes 0..) were judged, for every live fault
     */
    int run(Verdict[] verdicts, long valid) {
        int groups = sites.groups();
        long[] flips = new long[sites.groupStart(groups)];
        long[] groupLanes = new long[groups];
        double perStem = adaptive ? stemCost(valid) : 0;
        if (adaptive && 64 * perStem < (double) prop.netCount() / SWEPT_PER_EVENT * PATTERNS_TO_SETTLE) {
            return 0;   // even passes over the whole circuit would cost more than the propagations they spare
        }
        // cost[p] and left[p]: gates evaluated up to pattern p - 1, groups still flipping their stem from pattern p
        long[] cost = new long[65];
        int[] left = new int[65];
        int p = 0;
        for (; p < 64 && (valid >>> p & 1L) != 0; p++) {
            long bit = 1L << p;
            int active = 0;
            for (int g = 0; g < groups && p > 0; g++) {
                active += (int) (groupLanes[g] >>> p & 1L);
            }
            if (p > 0 && active < minimum) {
                return p;
            }
            lanes.pattern(p);
            long spent = 0;
            int count = 0;
            for (int g = 0; g < groups; g++) {
                if (p == 0) {   // regions traced as the first pattern reaches them: the first pass may be the last
                    left[0] += trace(g, verdicts, valid, flips, groupLanes) ? 1 : 0;
                }
                if ((groupLanes[g] & bit) != 0) {
                    batch[count] = sites.stem(sites.groupStart(g));
                    batchGroup[count++] = g;
                    if (count == 64) {
                        long e = pass(p, count, verdicts, flips, groupLanes);
                        if (adaptive && p == 0 && spent == 0 && e * PATTERNS_TO_SETTLE > count * perStem) {
                            return 0;   // a pass costs more than the propagations it could spare
                        }
                        spent += e;
                        count = 0;
                    }
                }
            }
            if (count > 0) {
                spent += pass(p, count, verdicts, flips, groupLanes);
            }
            cost[p + 1] = cost[p] + spent + (prop.netCount() + groups) / 16;
            left[p + 1] = count(groupLanes, p == 63 ? 0L : -1L << (p + 1));
            int from = Math.max(0, p + 1 - WINDOW);
            if (adaptive && p + 1 >= WINDOW && 1.5 * (cost[p + 1] - cost[from]) > (left[from] - left[p + 1]) * perStem) {
                return p + 1;   // the last patterns settled fewer stems than their passes cost
            }
        }
        return p;
    }

    /** Traces group g's region and puts its live faults' lanes in {@code flips}; whether any fault flips the stem. */
    private boolean trace(int g, Verdict[] verdicts, long valid, long[] flips, long[] groupLanes) {
        int stem = sites.stem(sites.groupStart(g));
        if (stem < 0) {
            return false;
        }
        prop.traceRegion(stem);
        for (int j = sites.groupStart(g); j < sites.groupStart(g + 1); j++) {
            if (!verdicts[sites.entry(j)].settled()) {
                sites.flips(prop, j, word, 0);
                flips[j] = word[0] & valid;
                groupLanes[g] |= flips[j];
            }
        }
        return groupLanes[g] != 0;
    }

    /** How many groups flip their stem in some lane of {@code mask}. */
    private static int count(long[] groupLanes, long mask) {
        int n = 0;
        for (long l : groupLanes) {
            n += (l & mask) != 0 ? 1 : 0;
        }
        return n;
    }

    /**
     * The gates one stem's propagation over the whole word evaluates, on average over a sample of
     * {@link #SAMPLE} stems spread over the groups (propagated here for the count alone).
     */
    private double stemCost(long valid) {
        long events = 0;
        int n = 0;
        int groups = sites.groups();
        int step = Math.max(1, groups / SAMPLE);
        for (int g = 0; g < groups && n < SAMPLE; g += step) {
            int stem = sites.stem(sites.groupStart(g));
            if (stem >= 0) {
                word[0] = valid;
                prop.propagateFlip(stem, word);
                events += prop.lastEvents();
                n++;
            }
        }
        return n == 0 ? 0 : (double) events / n;
    }

    /** One pass over the batch's stems on pattern {@code p}; settled groups lose their lanes. Returns the gates evaluated. */
    private int pass(int p, int count, Verdict[] verdicts, long[] flips, long[] groupLanes) {
        lanes.propagate(batch, count);
        int n = 0;
        for (int j = 0; j < lanes.changedOutputs(); j++) {
            int r = judgedPosition[lanes.changedOutput(j)];
            if (r >= 0) {
                reached[n++] = r;
            }
        }
        if (n == 0) {
            return lanes.lastEvents() / SWEPT_PER_EVENT;
        }
        for (int j = 0; j < n; j++) {
            int o = judged[reached[j]];
            errors[reached[j]] = lanes.output(o) ^ lanes.goodOutput(o);
        }
        long wrong = check.wrongLanes(errors, reached, n);
        long flag = mismatchOutput >= 0 ? lanes.output(mismatchOutput) : 0L;
        for (int j = 0; j < n; j++) {
            errors[reached[j]] = 0;
        }
        long bit = 1L << p;

        for (long m = wrong & (count == 64 ? -1L : (1L << count) - 1); m != 0; m &= m - 1) {
            int lane = Long.numberOfTrailingZeros(m);
            int g = batchGroup[lane];
            long flagged = (flag >>> lane & 1L) != 0 ? bit : 0L;
            long left = 0;
            for (int j = sites.groupStart(g); j < sites.groupStart(g + 1); j++) {
                Verdict v = verdicts[sites.entry(j)];
                if (v.settled()) {
                    continue;
                }
                if ((flips[j] & bit) != 0) {
                    v.observe(bit, flagged, 0L);
                }
                if (!v.settled()) {
                    left |= flips[j];
                }
            }
            groupLanes[g] = left;
        }
        return lanes.lastEvents() / SWEPT_PER_EVENT;
    }
}
