package dev.tmrkit.circuits.campaign.engine;

import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.tmr.InputTies;
import dev.tmrkit.gates.eval.CompiledEvaluator;
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
 * the first patterns, and the block stops once no live fault remains.
 *
 * <p>Every word is judged exactly as the cone-by-cone path judges it, so each fault's outcome, first
 * failing pattern and failing-pattern count are the same.
 */
final class StuckAtBlock {
    static final int MAX_WORDS = 32;

    private final CompiledEvaluator compiled;
    private final PatternSet patterns;
    private final long[][] inputs;       // [logical input][word], the single cycle
    private final InputTies ties;
    private final OutputCheck check;
    private final int[] judged;
    private final int[] judgedPosition;  // output index -> judged position, or -1
    private final int mismatchOutput;
    private final boolean dropFaults;

    StuckAtBlock(CompiledEvaluator compiled, PatternSet patterns, long[][] inputs, InputTies ties, OutputCheck check,
                 int[] judged, int mismatchOutput, boolean dropFaults) {
        this.compiled = compiled;
        this.patterns = patterns;
        this.inputs = inputs;
        this.ties = ties;
        this.check = check;
        this.judged = judged;
        this.mismatchOutput = mismatchOutput;
        this.dropFaults = dropFaults;
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
        StuckAtPropagator prop = new StuckAtPropagator(compiled, Math.min(MAX_WORDS, totalWords));
        Sites sites = new Sites(prop, sets);
        Verdict[] verdicts = new Verdict[count];
        for (int k = 0; k < count; k++) {
            verdicts[k] = new Verdict();
        }
        long[] lanes = new long[MAX_WORDS];
        long[] flips = new long[256];
        long[] wrongAtStem = new long[MAX_WORDS];
        long[] flagAtStem = new long[MAX_WORDS];
        long[] errors = new long[judged.length];
        boolean[] regions = new boolean[prop.netCount()];
        StemObservation stems = new StemObservation(prop, check, judged, judgedPosition, mismatchOutput);
        int live = count;
        int width = dropFaults ? 1 : MAX_WORDS;
        for (int base = 0; base < totalWords && live > 0; base += width, width = Math.min(MAX_WORDS, 2 * width)) {
            if (stop.getAsBoolean()) {
                return null;
            }
            int w = Math.min(width, totalWords - base);
            load(prop, base, w);
            Arrays.fill(regions, false);
            for (int g = 0; g < sites.groups(); g++) {
                int stem = sites.stem(sites.groupStart(g));
                if (stem >= 0 && anyLive(sites, verdicts, g)) {
                    regions[stem] = true;
                }
            }
            prop.traceCriticalPaths(regions);
            for (int g = 0; g < sites.groups(); g++) {
                int from = sites.groupStart(g);
                int to = sites.groupStart(g + 1);
                if (flips.length < (to - from) * w) {
                    flips = new long[Math.max(2 * flips.length, (to - from) * w)];
                }
                if (!activeLanes(prop, sites, verdicts, from, to, w, lanes, flips)) {
                    continue;
                }
                int stem = sites.stem(from);
                if (stem >= 0) {
                    stems.observe(stem, lanes, w, wrongAtStem, flagAtStem);
                }
                for (int j = from; j < to; j++) {
                    int k = sites.entry(j);
                    Verdict v = verdicts[k];
                    if (dropFaults && v.settled()) {
                        continue;
                    }
                    if (stem < 0) {
                        portVerdict(prop, sites, j, base, w, errors, v);
                    } else {
                        for (int i = 0; i < w && !(dropFaults && v.settled()); i++) {
                            long wrong = flips[(j - from) * w + i] & wrongAtStem[i] & patterns.validLanes(base + i);
                            v.observe(wrong, flagAtStem[i], 64L * (base + i));
                        }
                    }
                    if (dropFaults && v.settled()) {
                        live--;
                    }
                }
            }
        }
        return verdicts;
    }

    private boolean anyLive(Sites sites, Verdict[] verdicts, int g) {
        for (int j = sites.groupStart(g); j < sites.groupStart(g + 1); j++) {
            if (!(dropFaults && verdicts[sites.entry(j)].settled())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lanes, word by word, in which some live fault of the group flips its stem (or its port); false
     * when there are none in the chunk. Only these lanes of the stem need propagating. Each live fault's own
     * lanes go to {@code flips[(j - from) * w + i]}.
     */
    private boolean activeLanes(StuckAtPropagator prop, Sites sites, Verdict[] verdicts, int from, int to, int w, long[] lanes,
                                long[] flips) {
        Arrays.fill(lanes, 0, w, 0L);
        long any = 0;
        for (int j = from; j < to; j++) {
            if (dropFaults && verdicts[sites.entry(j)].settled()) {
                continue;
            }
            for (int i = 0; i < w; i++) {
                long f = sites.flipped(prop, j, i);
                flips[(j - from) * w + i] = f;
                lanes[i] |= f;
                any |= f;
            }
        }
        return any != 0;
    }

    /** A fault on an output port changes that port alone. */
    private void portVerdict(StuckAtPropagator prop, Sites sites, int j, int base, int w, long[] errors, Verdict v) {
        int r = judgedPosition[sites.port(j)];
        if (r < 0) {
            return;
        }
        int[] reached = {r};
        for (int i = 0; i < w && !(dropFaults && v.settled()); i++) {
            errors[r] = sites.flipped(prop, j, i);
            long wrong = check.wrongLanes(errors, reached, 1) & patterns.validLanes(base + i);
            v.observe(wrong, mismatchOutput >= 0 ? prop.goodOutput(mismatchOutput, i) : 0L, 64L * (base + i));
        }
        errors[r] = 0;
    }

    private void load(StuckAtPropagator prop, int base, int w) {
        prop.words(w);
        for (int i = 0; i < ties.inputs(); i++) {
            long[] src = inputs[ties.sourceOf(i)];
            for (int k = 0; k < w; k++) {
                prop.setInput(i, k, src[base + k]);
            }
        }
        prop.evaluateGood();
    }
}
