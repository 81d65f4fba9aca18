package dev.tmrkit.circuits.campaign.engine;

import dev.tmrkit.circuits.campaign.model.CampaignResult;
import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.tmr.InputTies;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.FanoutRegions;
import dev.tmrkit.gates.eval.FaultOverlay;
import dev.tmrkit.gates.eval.Simulation;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.StuckAt;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Injects faults one at a time (each entry of the fault list may itself be a set of simultaneous
 * faults) and compares the outputs with the fault-free circuit's over a {@link PatternSet}.
 *
 * <p>Combinational circuits use parallel-pattern single-fault propagation: the good circuit is evaluated
 * once per chunk of 64 words, then each fault re-evaluates only its fanout cone and compares only the
 * outputs the cone reaches. Sequential circuits re-simulate every cycle per fault. Faults are split among
 * threads in fixed blocks and results are reported in fault-list order, so the result is the same
 * whatever the thread count.
 */
public final class FaultSetCampaign {
    private static final int CHUNK_WORDS = 32;
    /** Largest block of faults for the event-driven engine (an interrupted run drops unfinished blocks). */
    private static final int EVENT_BLOCK = 8192;

    private final Netlist netlist;
    private final CompiledEvaluator compiled;
    private final PatternSet patterns;
    private final OutputCheck check;
    private final int mismatchOutput;
    private final int[] judged;          // judged position -> output index
    private final boolean dropFaults;
    private final InputTies ties;
    private final long[][][] inputs;     // [cycle][logical input][word]
    private final FanoutRegions regions; // for the event-driven engine, null when sequential
    private long[][][] golden;           // [cycle][output][word], computed when first needed
    private boolean eventDriven = true;
    private int firstPatternStems = StuckAtBlock.FIRST_PATTERN_STEMS;
    private boolean adaptiveFirstPatterns = true;

    /** A campaign without a mismatch output: every wrong output is {@link Outcome#SILENT}. */
    public FaultSetCampaign(Netlist netlist, PatternSet patterns, OutputCheck check, boolean dropFaults) {
        this(netlist, patterns, check, -1, dropFaults);
    }

    /**
     * @param mismatchOutput index of an output that flags disagreement among replicas (not judged
     *                       itself; a failure it flags is {@link Outcome#DETECTED}), or -1
     * @param dropFaults     stop simulating a fault once its outcome is settled (faster; the count of
     *                       failing patterns is then unknown)
     */
    public FaultSetCampaign(Netlist netlist, PatternSet patterns, OutputCheck check, int mismatchOutput, boolean dropFaults) {
        this(netlist, patterns, check, mismatchOutput, InputTies.none(netlist.inputCount()), dropFaults);
    }

    /**
     * @param ties which logical input drives each primary input; the patterns range over the logical
     *             inputs, so tied copies always see the same vector
     */
    public FaultSetCampaign(Netlist netlist, PatternSet patterns, OutputCheck check, int mismatchOutput, InputTies ties,
                               boolean dropFaults) {
        if (ties.inputs() != netlist.inputCount()) {
            throw new IllegalArgumentException("input ties cover " + ties.inputs() + " inputs, the netlist has " + netlist.inputCount());
        }
        if (mismatchOutput >= netlist.outputCount()) {
            throw new IllegalArgumentException("no output " + mismatchOutput);
        }
        this.judged = check.judged(netlist.outputCount(), mismatchOutput);
        this.netlist = netlist;
        this.compiled = CompiledEvaluator.compile(netlist);
        this.patterns = patterns;
        this.check = check;
        this.mismatchOutput = mismatchOutput;
        this.dropFaults = dropFaults;
        this.ties = ties;
        this.inputs = patterns.generate(ties.logicalInputs());
        this.regions = combinational() ? FanoutRegions.of(compiled) : null;
    }

    /**
     * The same campaign run by whole-cone re-evaluation instead of event-driven propagation, for tests
     * that compare the two engines.
     */
    FaultSetCampaign withoutEventPropagation() {
        FaultSetCampaign c = new FaultSetCampaign(netlist, patterns, check, mismatchOutput, ties, dropFaults);
        c.eventDriven = false;
        return c;
    }

    /**
     * The same campaign with the first patterns of a dropping run taken one at a time (with {@link
     * FirstPatterns}) whenever at least {@code stems} stems are flipped on a pattern (0: never), whatever
     * the cost, for tests.
     */
    FaultSetCampaign withFirstPatternStems(int stems) {
        FaultSetCampaign c = new FaultSetCampaign(netlist, patterns, check, mismatchOutput, ties, dropFaults);
        c.firstPatternStems = stems;
        c.adaptiveFirstPatterns = false;
        return c;
    }

    private synchronized long[][][] golden() {
        if (golden == null) {
            golden = goodOutputs();
        }
        return golden;
    }

    public Netlist netlist() {
        return netlist;
    }

    /** The logical input vector of pattern {@code pattern} in clock cycle {@code cycle} (declared input order). */
    public boolean[] inputVector(long pattern, int cycle) {
        boolean[] v = new boolean[ties.logicalInputs()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (inputs[cycle][i][(int) (pattern / 64)] >>> (pattern % 64) & 1L) != 0;
        }
        return v;
    }

    /**
     * The relative work of each fault set, for cutting a campaign into slices of equal work: on a combinational
     * circuit, the estimated number of gates its faults can influence ({@link ConeSizes}), plus one; on a
     * sequential one, where every fault set simulates the whole circuit every cycle, 1 each.
     */
    public long[] workEstimates(List<List<Fault>> faultSets) {
        if (combinational()) {
            return ConeSizes.of(compiled).work(faultSets);
        }
        long[] ones = new long[faultSets.size()];
        java.util.Arrays.fill(ones, 1);
        return ones;
    }

    /** Runs one entry per fault (a single fault each). */
    public CampaignResult run(List<? extends Fault> faults, int threads, ProgressListener progress) {
        List<List<Fault>> sets = new ArrayList<>(faults.size());
        for (Fault f : faults) {
            sets.add(List.of(f));
        }
        return runSets(sets, threads, progress);
    }

    /** Runs one entry per fault set: the faults of a set are present together. */
    public CampaignResult runSets(List<List<Fault>> faultSets, int threads, ProgressListener progress) {
        java.util.BitSet all = new java.util.BitSet();
        all.set(0, faultSets.size());
        FaultResult[] results = runSome(faultSets, all, threads, progress, () -> false);
        return result(results);
    }

    /** A complete result from per-entry results (none may be missing). */
    public CampaignResult result(FaultResult[] results) {
        for (int k = 0; k < results.length; k++) {
            if (results[k] == null) {
                throw new IllegalArgumentException("entry " + k + " has no result");
            }
        }
        return new CampaignResult(netlist.name(), patterns, check, List.of(results));
    }

    /**
     * Runs the entries in {@code todo} and returns their results by entry index (null for entries not
     * run). {@code stop} is polled between blocks of faults and between pattern chunks; once it answers
     * true no new work starts and unfinished blocks are dropped, so every returned result is complete.
     */
    public FaultResult[] runSome(List<List<Fault>> faultSets, java.util.BitSet todo, int threads, ProgressListener progress,
                                 java.util.function.BooleanSupplier stop) {
        FaultResult[] results = new FaultResult[faultSets.size()];
        int[] indices = todo.stream().toArray();
        int n = indices.length;
        int workers = Math.max(1, Math.min(threads, n));
        AtomicLong done = new AtomicLong();
        boolean events = eventDriven && combinational() && StuckAtBlock.applies(faultSets);
        // the event-driven engine shares one fault-free evaluation per chunk among a block's faults: few, big blocks
        int block = events ? Math.max(1, Math.min(EVENT_BLOCK, (n + workers - 1) / workers))
                : Math.max(1, Math.min(256, n / (workers * 8) + 1));
        List<int[]> blocks = new ArrayList<>();
        for (int from = 0; from < n; from += block) {
            blocks.add(java.util.Arrays.copyOfRange(indices, from, Math.min(n, from + block)));
        }
        // a block that fails ends the others at their next chunk, and no worker outlives the call
        Blocks runner = new Blocks(() -> false);
        java.util.function.BooleanSupplier stopOrFailed = () -> stop.getAsBoolean() || runner.stopped();
        List<Blocks.Block> tasks = new ArrayList<>();
        for (int[] b : blocks) {
            tasks.add(r -> work(faultSets, results, b, done, n, progress, stopOrFailed, events));
        }
        runner.run("campaign", workers, tasks);
        return results;
    }

    private boolean combinational() {
        return patterns.cycles() == 1 && !netlist.isSequential();
    }

    private void work(List<List<Fault>> sets, FaultResult[] results, int[] block, AtomicLong done, long total,
                      ProgressListener progress, java.util.function.BooleanSupplier stop, boolean events) {
        if (stop.getAsBoolean()) {
            return;
        }
        List<List<Fault>> mine = new ArrayList<>(block.length);
        for (int k : block) {
            mine.add(sets.get(k));
        }
        Verdict[] verdicts;
        if (events) {
            verdicts = new StuckAtBlock(compiled, regions, patterns, inputs[0], ties, check, judged, mismatchOutput, dropFaults,
                    firstPatternStems, adaptiveFirstPatterns).run(mine, stop);
        } else {
            Simulation sim = compiled.newSimulation(Math.min(CHUNK_WORDS, patterns.words()));
            verdicts = combinational() ? coneBlock(mine, sim, stop) : fullBlock(mine, sim, stop);
        }
        if (verdicts == null) {
            return;
        }
        for (int i = 0; i < block.length; i++) {
            results[block[i]] = result(mine.get(i), verdicts[i]);
            progress.progress(done.incrementAndGet(), total);
        }
    }

    /** Parallel-pattern single-fault propagation over the fanout cones, chunk by chunk. */
    private Verdict[] coneBlock(List<List<Fault>> sets, Simulation sim, java.util.function.BooleanSupplier stop) {
        int count = sets.size();
        Verdict[] verdicts = new Verdict[count];
        FaultOverlay[] overlays = new FaultOverlay[count];
        int[][] cones = new int[count][];
        int[][] reached = new int[count][];
        for (int k = 0; k < count; k++) {
            List<Fault> set = sets.get(k);
            verdicts[k] = new Verdict();
            overlays[k] = compiled.overlay(set);
            cones[k] = Cones.union(compiled, set);
            reached[k] = Cones.reachedOutputs(netlist, compiled, set, cones[k], judged);
        }
        int words = patterns.words();
        int w = sim.words();
        long[] errors = new long[judged.length];
        for (int base = 0; base < words; base += w) {
            if (stop.getAsBoolean()) {
                return null;
            }
            loadCycle(sim, 0, base);
            sim.setFaults(List.of()).evaluate().snapshot();
            for (int k = 0; k < count; k++) {
                if (dropFaults && verdicts[k].settled() || reached[k].length == 0) {
                    continue;
                }
                sim.setFaults(overlays[k]).evaluateCone(cones[k]);
                judgeChunk(sim, 0, base, reached[k], errors, verdicts[k]);
                sim.restoreCone(cones[k]);
            }
        }
        return verdicts;
    }

    /** Whole-circuit re-simulation over every cycle, fault by fault. */
    private Verdict[] fullBlock(List<List<Fault>> sets, Simulation sim, java.util.function.BooleanSupplier stop) {
        Verdict[] verdicts = new Verdict[sets.size()];
        int[] all = new int[judged.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        long[] errors = new long[judged.length];
        int words = patterns.words();
        for (int k = 0; k < sets.size(); k++) {
            if (stop.getAsBoolean()) {
                return null;
            }
            Verdict v = new Verdict();
            verdicts[k] = v;
            sim.setFaults(sets.get(k));
            for (int base = 0; base < words && !(dropFaults && v.settled()); base += sim.words()) {
                sim.reset();
                for (int c = 0; c < patterns.cycles(); c++) {
                    loadCycle(sim, c, base);
                    sim.evaluate();
                    judgeChunk(sim, c, base, all, errors, v);
                    sim.clock();
                }
            }
        }
        return verdicts;
    }

    private void judgeChunk(Simulation sim, int cycle, int base, int[] reached, long[] errors, Verdict v) {
        int words = patterns.words();
        long[][][] golden = golden();
        for (int i = 0; i < sim.words() && base + i < words; i++) {
            for (int r : reached) {
                errors[r] = sim.output(judged[r], i) ^ golden[cycle][judged[r]][base + i];
            }
            long wrong = check.wrongLanes(errors, reached) & patterns.validLanes(base + i);
            long flagged = mismatchOutput >= 0 ? sim.output(mismatchOutput, i) : 0L;
            v.observe(wrong, flagged, 64L * (base + i));
        }
        // the check may read a reached output's whole group: leave no stale error words behind
        for (int r : reached) {
            errors[r] = 0;
        }
    }

    /**
     * A result read back from a saved report, described exactly as a fresh one is.
     *
     * @throws IllegalArgumentException when this campaign could not have produced it ({@link #impossible})
     */
    public FaultResult restore(List<Fault> faults, Outcome outcome, long firstFailing, long failing) {
        String why = impossible(outcome, firstFailing, failing);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        Fault f = faults.get(0);
        String site = faults.size() == 1 ? f.site().describe(netlist) : describeAll(faults);
        String kind = faults.size() == 1 ? kind(f) : "multi";
        return new FaultResult(f, site, kind, outcome, firstFailing, failing);
    }

    /**
     * Why this campaign cannot have produced the result (outcome, first failing pattern, failing count),
     * or null when it can: a masked fault has no failing pattern and a count of 0; an unmasked one fails
     * first at a pattern of the set and, unless faults are dropped (count -1), at least once and at most
     * once per cycle of each pattern from the first; {@code detected} needs a mismatch output.
     */
    public String impossible(Outcome outcome, long firstFailing, long failing) {
        return StoredResults.impossible(outcome, firstFailing, failing, patterns, dropFaults, mismatchOutput >= 0);
    }

    private FaultResult result(List<Fault> faults, Verdict v) {
        Fault f = faults.get(0);
        String site = faults.size() == 1 ? f.site().describe(netlist) : describeAll(faults);
        String kind = faults.size() == 1 ? kind(f) : "multi";
        long count = v.first() < 0 ? 0 : dropFaults ? -1 : v.failing();
        return new FaultResult(f, site, kind, v.outcome(), v.first(), count);
    }

    private String describeAll(List<Fault> faults) {
        StringBuilder sb = new StringBuilder();
        for (Fault f : faults) {
            sb.append(sb.length() == 0 ? "" : " + ").append(f.describe(netlist));
        }
        return sb.toString();
    }

    static String kind(Fault f) {
        if (f instanceof StuckAt s) {
            return s.value() ? "sa1" : "sa0";
        }
        return "flip";
    }

    private void loadCycle(Simulation sim, int cycle, int base) {
        int w = sim.words();
        for (int i = 0; i < netlist.inputCount(); i++) {
            long[] src = inputs[cycle][ties.sourceOf(i)];
            for (int k = 0; k < w; k++) {
                sim.setInput(i, k, base + k < src.length ? src[base + k] : 0L);
            }
        }
    }

    /** Output words {@code [cycle][output][word]} of the fault-free circuit. */
    private long[][][] goodOutputs() {
        int words = patterns.words();
        long[][][] out = new long[patterns.cycles()][netlist.outputCount()][words];
        Simulation sim = compiled.newSimulation(Math.min(CHUNK_WORDS, words));
        for (int base = 0; base < words; base += sim.words()) {
            sim.reset();
            for (int c = 0; c < patterns.cycles(); c++) {
                loadCycle(sim, c, base);
                sim.evaluate();
                for (int o = 0; o < netlist.outputCount(); o++) {
                    for (int i = 0; i < sim.words() && base + i < words; i++) {
                        out[c][o][base + i] = sim.output(o, i);
                    }
                }
                sim.clock();
            }
        }
        return out;
    }
}
