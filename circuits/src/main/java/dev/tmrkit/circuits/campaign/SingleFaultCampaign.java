package dev.tmrkit.circuits.campaign;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.StuckAt;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Injects faults one at a time (each entry of the fault list may itself be a set of simultaneous
 * faults) and compares the outputs with the fault-free circuit's over a {@link PatternSet}. Faults are
 * split among threads in fixed contiguous blocks and results are reported in fault-list order, so the
 * result is the same whatever the thread count.
 */
public final class SingleFaultCampaign {
    private static final int CHUNK_WORDS = 64;

    private final Netlist netlist;
    private final CompiledEvaluator compiled;
    private final PatternSet patterns;
    private final OutputCheck check;
    private final boolean dropFaults;
    private final long[][][] inputs;     // [cycle][input][word]
    private final long[][][] golden;     // [cycle][output][word]

    /**
     * @param dropFaults stop simulating a fault at its first failing pattern (faster; the count of
     *                   failing patterns is then unknown)
     */
    public SingleFaultCampaign(Netlist netlist, PatternSet patterns, OutputCheck check, boolean dropFaults) {
        check.validate(netlist.outputCount());
        this.netlist = netlist;
        this.compiled = CompiledEvaluator.compile(netlist);
        this.patterns = patterns;
        this.check = check;
        this.dropFaults = dropFaults;
        this.inputs = patterns.generate(netlist.inputCount());
        this.golden = simulate(List.of());
    }

    public Netlist netlist() {
        return netlist;
    }

    /** The input vector of pattern {@code pattern} in clock cycle {@code cycle} (declared input order). */
    public boolean[] inputVector(long pattern, int cycle) {
        boolean[] v = new boolean[netlist.inputCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (inputs[cycle][i][(int) (pattern / 64)] >>> (pattern % 64) & 1L) != 0;
        }
        return v;
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
        int n = faultSets.size();
        FaultResult[] results = new FaultResult[n];
        int workers = Math.max(1, Math.min(threads, n));
        AtomicLong done = new AtomicLong();
        if (workers == 1) {
            work(faultSets, results, 0, n, done, progress);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "tmrkit-campaign");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                int block = Math.max(1, Math.min(64, n / (workers * 8) + 1));
                for (int from = 0; from < n; from += block) {
                    int lo = from;
                    int hi = Math.min(n, from + block);
                    futures.add(pool.submit(() -> work(faultSets, results, lo, hi, done, progress)));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("campaign interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("campaign failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return new CampaignResult(netlist.name(), patterns, check, List.of(results));
    }

    private void work(List<List<Fault>> sets, FaultResult[] results, int from, int to, AtomicLong done, ProgressListener progress) {
        Simulation sim = compiled.newSimulation(Math.min(CHUNK_WORDS, patterns.words()));
        for (int k = from; k < to; k++) {
            results[k] = judge(sets.get(k), sim);
            progress.progress(done.incrementAndGet(), sets.size());
        }
    }

    private FaultResult judge(List<Fault> faults, Simulation sim) {
        long first = -1;
        long failing = 0;
        int words = patterns.words();
        int w = sim.words();
        long[] errors = new long[netlist.outputCount()];
        sim.setFaults(faults);
        chunks:
        for (int base = 0; base < words; base += w) {
            sim.reset();
            for (int c = 0; c < patterns.cycles(); c++) {
                loadCycle(sim, c, base);
                sim.evaluate();
                for (int i = 0; i < w && base + i < words; i++) {
                    for (int o = 0; o < errors.length; o++) {
                        errors[o] = sim.output(o, i) ^ golden[c][o][base + i];
                    }
                    long wrong = check.wrongLanes(errors) & patterns.validLanes(base + i);
                    if (wrong != 0) {
                        long pattern = 64L * (base + i) + Long.numberOfTrailingZeros(wrong);
                        if (first < 0 || pattern < first) {
                            first = pattern;
                        }
                        failing += Long.bitCount(wrong);
                    }
                }
                sim.clock();
            }
            if (first >= 0 && dropFaults) {
                break chunks;
            }
        }
        Fault f = faults.get(0);
        String site = faults.size() == 1 ? f.site().describe(netlist) : describeAll(faults);
        String kind = faults.size() == 1 ? kind(f) : "multi";
        Outcome outcome = first < 0 ? Outcome.MASKED : Outcome.SILENT;
        long count = first < 0 ? 0 : dropFaults ? -1 : failing;
        return new FaultResult(f, site, kind, outcome, first, count);
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
            long[] src = inputs[cycle][i];
            for (int k = 0; k < w; k++) {
                sim.setInput(i, k, base + k < src.length ? src[base + k] : 0L);
            }
        }
    }

    /** Output words {@code [cycle][output][word]} of the circuit with the given faults. */
    private long[][][] simulate(List<Fault> faults) {
        int words = patterns.words();
        long[][][] out = new long[patterns.cycles()][netlist.outputCount()][words];
        Simulation sim = compiled.newSimulation(Math.min(CHUNK_WORDS, words)).setFaults(faults);
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
