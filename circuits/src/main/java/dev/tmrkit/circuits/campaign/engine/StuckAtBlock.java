package dev.tmrkit.circuits.campaign.engine;

import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.tmr.InputTies;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.FanoutRegions;
import dev.tmrkit.gates.eval.StuckAtPropagator;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.StuckAt;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Parallel-pattern single stuck-at fault simulation of one block of faults on a combinational circuit:
 * one fault-free evaluation and one backward critical-path trace per chunk of pattern words, shared by
 * every fault of the block; then, per fanout stem with a live fault that flips it in some lane, one
 * event-driven propagation of the stem's flip ({@link StuckAtPropagator}). A fault's wrong lanes are the
 * lanes where it flips its stem and the stem's flip makes the outputs wrong: the judgement is lane by lane,
 * so this is exact. With fault dropping the chunks
 * start one word (64 patterns) wide and double up to {@link #MAX_WORDS}, because most faults are settled by
 * the first patterns (which {@link FirstPatterns} may take one at a time, 64 stems per pass), and the block
 * stops once no live fault remains.
 *
 * <p>Every word is judged exactly as the cone-by-cone path judges it, so each fault's outcome, first
 * failing pattern and failing-pattern count are the same.
 */
final class StuckAtBlock {
    static final int MAX_WORDS = 32;
    /** Fewest stems flipped on a pattern for {@link FirstPatterns} to take it. */
    static final int FIRST_PATTERN_STEMS = 8;

    private final CompiledEvaluator compiled;
    private final FanoutRegions regions;
    private final PatternSet patterns;
    private final long[][] inputs;       // [logical input][word], the single cycle
    private final InputTies ties;
    private final OutputCheck check;
    private final int[] judged;
    private final int[] judgedPosition;  // output index -> judged position, or -1
    private final int mismatchOutput;
    private final boolean dropFaults;
    private final int firstPatternStems;
    private final boolean adaptive;

    StuckAtBlock(CompiledEvaluator compiled, FanoutRegions regions, PatternSet patterns, long[][] inputs, InputTies ties, OutputCheck check,
                 int[] judged, int mismatchOutput, boolean dropFaults, int firstPatternStems,
                 boolean adaptive) {
        this.compiled = compiled;
        this.regions = regions;
        this.patterns = patterns;
        this.inputs = inputs;
        this.ties = ties;
        this.check = check;
        this.judged = judged;
        this.mismatchOutput = mismatchOutput;
        this.dropFaults = dropFaults;
        this.firstPatternStems = firstPatternStems;
        this.adaptive = adaptive;
        this.judgedPosition = new int[compiled.netlist().outputCount()];
        Arrays.fill(judgedPosition, -1);
        for (int r = 0; r < judged.length; r++) {
            judgedPosition[judged[r]] = r;
        }
    }

    /** Whether every entry is a single stuck-at fault, so that this engine can run them. */
    static boolean applies(List<List<Fault>> sets) {
        for (List<Fault> set : sets) {
            if (set.size() != 1 || !(set.get(0) instanceof StuckAt)) {
                return false;
            }
        }
        return true;
    }

    /** The verdict of each entry, or null when {@code stop} answered true before the block finished. */
    Verdict[] run(List<List<Fault>> sets, BooleanSupplier stop) {
        int count = sets.size();
        int totalWords = patterns.words();
        StuckAtPropagator prop = new StuckAtPropagator(regions, Math.min(MAX_WORDS, totalWords));
        Sites sites = new Sites(prop, sets);
        Verdict[] verdicts = new Verdict[count];
        for (int k = 0; k < count; k++) {
            verdicts[k] = new Verdict();
        }
        long[] lanes = new long[MAX_WORDS];
        long[] flips = new long[Math.max(1, sites.largestGroup()) * MAX_WORDS];
        long[] wrongAtStem = new long[MAX_WORDS];
        long[] flagAtStem = new long[MAX_WORDS];
        long[] errors = new long[judged.length];
        StemObservation stems = new StemObservation(prop, check, judged, judgedPosition, mismatchOutput);
        // groups with a live fault, and how many each has; without dropping every fault stays live
        int groups = sites.groups();
        int[] liveGroups = new int[groups];
        int[] liveIn = new int[groups];
        for (int g = 0; g < groups; g++) {
            liveGroups[g] = g;
            liveIn[g] = sites.groupStart(g + 1) - sites.groupStart(g);
        }
        int liveGroupCount = groups;
        int width = dropFaults ? 1 : MAX_WORDS;
        for (int base = 0; base < totalWords && liveGroupCount > 0; base += width, width = Math.min(MAX_WORDS, 2 * width)) {
            if (stop.getAsBoolean()) {
                return null;
            }
            int w = Math.min(width, totalWords - base);
            load(prop, base, w);
            long judgedLanes = 0;       // lanes of word 0 already judged for every fault on a stem's region
            if (base == 0 && w == 1 && dropFaults && firstPatternStems > 0) {
                int done = new FirstPatterns(prop, sites, check, judged, judgedPosition, mismatchOutput, firstPatternStems, adaptive)
                        .run(verdicts, patterns.validLanes(0));
                judgedLanes = done == 64 ? -1L : (1L << done) - 1;
                liveGroupCount = 0;
                for (int g = 0; g < groups; g++) {
                    liveIn[g] = 0;
                    for (int j = sites.groupStart(g); j < sites.groupStart(g + 1); j++) {
                        liveIn[g] += verdicts[sites.entry(j)].settled() ? 0 : 1;
                    }
                    if (liveIn[g] > 0) {
                        liveGroups[liveGroupCount++] = g;
                    }
                }
            }
            int kept = 0;
            for (int gi = 0; gi < liveGroupCount; gi++) {
                int g = liveGroups[gi];
                int from = sites.groupStart(g);
                int to = sites.groupStart(g + 1);
                int stem = sites.stem(from);
                if (stem >= 0) {
                    prop.traceRegion(stem);
                }
                if (activeLanes(prop, sites, verdicts, from, to, w, stem >= 0 ? judgedLanes : 0L, lanes, flips)) {
                    if (stem >= 0) {
                        stems.observe(stem, lanes, w, wrongAtStem, flagAtStem);
                    }
                    for (int j = from; j < to; j++) {
                        Verdict v = verdicts[sites.entry(j)];
                        if (dropFaults && v.settled()) {
                            continue;
                        }
                        if (stem < 0) {
                            portVerdict(prop, sites, j, base, w, errors, flips, v);
                        } else {
                            int f = (j - from) * w;
                            for (int i = 0; i < w && !(dropFaults && v.settled()); i++) {
                                long wrong = flips[f + i] & wrongAtStem[i] & patterns.validLanes(base + i);
                                v.observe(wrong, flagAtStem[i], 64L * (base + i));
                            }
                        }
                        if (dropFaults && v.settled()) {
                            liveIn[g]--;
                        }
                    }
                }
                if (liveIn[g] > 0) {
                    liveGroups[kept++] = g;
                }
            }
            liveGroupCount = kept;
        }
        return verdicts;
    }

    /**
     * The lanes, word by word, in which some live fault of the group flips its stem (or its port); false
     * when there are none in the chunk. Only these lanes of the stem need propagating. Each live fault's own
     * lanes go to {@code flips[(j - from) * w + i]}; the lanes of {@code skip} in word 0 are left out (judged already).
     */
    private boolean activeLanes(StuckAtPropagator prop, Sites sites, Verdict[] verdicts, int from, int to, int w, long skip,
                                long[] lanes, long[] flips) {
        Arrays.fill(lanes, 0, w, 0L);
        long any = 0;
        for (int j = from; j < to; j++) {
            if (dropFaults && verdicts[sites.entry(j)].settled()) {
                continue;
            }
            int f = (j - from) * w;
            long some = sites.flips(prop, j, flips, f);
            if (skip != 0) {            // word 0 alone (a chunk of one word)
                flips[f] &= ~skip;
                some = flips[f];
            }
            if (some != 0) {
                for (int i = 0; i < w; i++) {
                    lanes[i] |= flips[f + i];
                }
                any = 1;
            }
        }
        return any != 0;
    }

    /** A fault on an output port changes that port alone. */
    private void portVerdict(StuckAtPropagator prop, Sites sites, int j, int base, int w, long[] errors, long[] flips, Verdict v) {
        int r = judgedPosition[sites.port(j)];
        if (r < 0) {
            return;
        }
        int[] reached = {r};
        for (int i = 0; i < w && !(dropFaults && v.settled()); i++) {
            errors[r] = flips[i];
            long wrong = check.wrongLanes(errors, reached, 1) & patterns.validLanes(base + i);
            v.observe(wrong, mismatchOutput >= 0 ? prop.goodOutput(mismatchOutput, i) : 0L, 64L * (base + i));
        }
        errors[r] = 0;
    }

    private void load(StuckAtPropagator prop, int base, int w) {
        prop.words(w);
        for (int i = 0; i < ties.inputs(); i++) {
            prop.setInputWords(i, inputs[ties.sourceOf(i)], base);
        }
        prop.evaluateGood();
    }
}
