package dev.tmrkit.circuits.campaign.engine;

import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.tmr.InputTies;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.LaneMask;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.stats.Normal;
import dev.tmrkit.gates.stats.Wilson;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;

/**
 * Monte Carlo multi-fault reliability: in every trial each eligible gate fails independently with
 * probability p — its output is inverted (von Neumann's model of an unreliable gate) — on a random input
 * pattern; the trial succeeds when the judged outputs equal the fault-free circuit's. Trials are pattern
 * lanes, 64 per word, so thousands run per evaluation. Chunks get their random streams by splitting one
 * seeded generator in chunk order, so the result is the same whatever the thread count.
 */
public final class MonteCarlo {
    private static final int CHUNK_WORDS = 16;

    private final Netlist netlist;
    private final CompiledEvaluator compiled;
    private final OutputCheck check;
    private final int[] judged;
    private final int[] eligible;   // output nets of the gates that may fail
    private final InputTies ties;

    /**
     * Result of a run: successes out of trials, with the Wilson interval at confidence {@code level} (the
     * level travels with the interval, so every report can name it).
     */
    public record Result(double p, long trials, long successes, long seed, double level, Wilson interval) {
        public double reliability() {
            return (double) successes / trials;
        }
    }

    /**
     * @param mayFail       which gates (netlist gate index) can fail; DFFs and constants never do
     * @param mismatchOutput an output not judged (e.g. a TMR mismatch flag), or -1
     */
    public MonteCarlo(Netlist netlist, OutputCheck check, IntPredicate mayFail, int mismatchOutput) {
        this(netlist, check, mayFail, mismatchOutput, InputTies.none(netlist.inputCount()));
    }

    /** As above, with tied inputs (triplicated inputs of a TMR netlist) driven by the same random vector. */
    public MonteCarlo(Netlist netlist, OutputCheck check, IntPredicate mayFail, int mismatchOutput, InputTies ties) {
        this.ties = ties;
        this.netlist = netlist;
        this.compiled = CompiledEvaluator.compile(netlist);
        this.check = check;
        judged = check.judged(netlist.outputCount(), mismatchOutput);
        List<Integer> nets = new ArrayList<>();
        for (int g = 0; g < netlist.gateCount(); g++) {
            Gate gate = netlist.gate(g);
            if (!gate.type().isSequential() && !gate.type().isConstant() && mayFail.test(g)) {
                nets.add(gate.output());
            }
        }
        eligible = nets.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Number of gates that may fail. */
    public int eligibleGates() {
        return eligible.length;
    }

    /**
     * Runs {@code trials} trials at gate failure probability {@code p}; the interval of the result is at
     * confidence {@code level} (for example 0.95).
     */
    public Result run(double p, long trials, long seed, int threads, double level, ProgressListener progress) {
        double z = Normal.twoSided(level);
        if (netlist.isSequential()) {
            throw new IllegalArgumentException("Monte Carlo reliability needs a combinational circuit");
        }
        long chunkTrials = 64L * CHUNK_WORDS;
        int chunks = (int) ((trials + chunkTrials - 1) / chunkTrials);
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[chunks];
        for (int c = 0; c < chunks; c++) {
            streams[c] = root.split();
        }
        long[] successes = new long[chunks];
        AtomicLong done = new AtomicLong();
        Bernoulli bernoulli = new Bernoulli(p);
        int workers = Math.max(1, Math.min(threads, chunks));
        List<Blocks.Block> tasks = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int first = w;
            tasks.add(b -> {
                Simulation sim = compiled.newSimulation(CHUNK_WORDS);
                for (int c = first; c < chunks; c += workers) {
                    long lanes = Math.min(chunkTrials, trials - c * chunkTrials);
                    successes[c] = chunk(sim, streams[c], bernoulli, lanes);
                    progress.progress(done.incrementAndGet(), chunks);
                }
            });
        }
        new Blocks(() -> false).run("montecarlo", workers, tasks);
        long ok = 0;
        for (long s : successes) {
            ok += s;
        }
        return new Result(p, trials, ok, seed, level, Wilson.of(ok, trials, z));
    }

    private long chunk(Simulation sim, SplittableRandom r, Bernoulli bernoulli, long lanes) {
        long[][] logical = new long[ties.logicalInputs()][CHUNK_WORDS];
        for (long[] row : logical) {
            for (int w = 0; w < CHUNK_WORDS; w++) {
                row[w] = r.nextLong();
            }
        }
        for (int i = 0; i < netlist.inputCount(); i++) {
            sim.setInput(i, logical[ties.sourceOf(i)]);
        }
        sim.setFaults(List.of()).evaluate();
        long[][] good = new long[judged.length][CHUNK_WORDS];
        for (int k = 0; k < judged.length; k++) {
            for (int w = 0; w < CHUNK_WORDS; w++) {
                good[k][w] = sim.output(judged[k], w);
            }
        }
        List<Fault> faults = new ArrayList<>();
        long[] mask = new long[CHUNK_WORDS];
        for (int net : eligible) {
            if (bernoulli.fill(mask, r)) {
                faults.add(new BitFlip(new Site.Stem(net), 0, LaneMask.ofWords(mask)));
            }
        }
        sim.setFaults(faults).evaluate();
        long ok = 0;
        long[] errors = new long[judged.length];
        for (int w = 0; w < CHUNK_WORDS; w++) {
            for (int k = 0; k < judged.length; k++) {
                errors[k] = sim.output(judged[k], w) ^ good[k][w];
            }
            long valid = lanes >= 64L * (w + 1) ? -1L : lanes <= 64L * w ? 0L : (1L << (lanes - 64L * w)) - 1;
            ok += Long.bitCount(~check.wrongLanes(errors) & valid);
        }
        return ok;
    }
}
