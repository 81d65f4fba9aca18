package dev.tmrkit.cli;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Measures random-simulation throughput in gate·patterns per second on the calling thread: a run
 * repeats the work until at least {@code minNanos} have passed; the figure is the median of several
 * runs after warm-up runs.
 */
final class Throughput {
    private final int warmups;
    private final int runs;
    private final long minNanos;

    Throughput(int warmups, int runs, long minNanos) {
        this.warmups = warmups;
        this.runs = runs;
        this.minNanos = minNanos;
    }

    /** Median of the run rates, and every run rate. */
    record Result(double median, double[] rates) {
        double min() {
            return Arrays.stream(rates).min().orElse(Double.NaN);
        }

        double max() {
            return Arrays.stream(rates).max().orElse(Double.NaN);
        }
    }

    /** The compiled evaluator on {@code patterns} random patterns, {@code chunkWords} words per call. */
    Result compiled(Netlist n, long patterns, int chunkWords, long seed) {
        CompiledEvaluator c = CompiledEvaluator.compile(n);
        int words = (int) ((patterns + 63) / 64);
        int chunk = Math.min(chunkWords, words);
        Simulation sim = c.newSimulation(chunk);
        SplittableRandom random = new SplittableRandom(seed);
        long[][] in = new long[n.inputCount()][words + chunk];
        for (long[] row : in) {
            for (int w = 0; w < words; w++) {
                row[w] = random.nextLong();
            }
        }
        long gatePatternsPerPass = (long) c.gateCount() * 64L * words;
        long[] sink = new long[1];
        return measure(() -> {
            // every chunk of the pattern set, loading its input words (part of the measured work)
            for (int base = 0; base < words; base += chunk) {
                for (int i = 0; i < in.length; i++) {
                    for (int w = 0; w < chunk; w++) {
                        sim.setInput(i, w, in[i][base + w]);
                    }
                }
                sim.evaluate();
                sink[0] += sim.output(0, 0);
            }
            return gatePatternsPerPass;
        });
    }

    /** The scalar reference on {@code patterns} random patterns. */
    Result reference(Netlist n, int patterns, long seed) {
        ReferenceEvaluator ref = new ReferenceEvaluator(n);
        SplittableRandom r = new SplittableRandom(seed);
        boolean[][] in = new boolean[patterns][n.inputCount()];
        for (boolean[] v : in) {
            for (int i = 0; i < v.length; i++) {
                v[i] = r.nextBoolean();
            }
        }
        int gates = n.stats().gates();
        long[] sink = new long[1];
        return measure(() -> {
            for (boolean[] v : in) {
                sink[0] += ref.evaluate(v)[0] ? 1 : 0;
            }
            return (long) gates * patterns;
        });
    }

    private interface Work {
        long run();
    }

    private Result measure(Work work) {
        for (int i = 0; i < warmups; i++) {
            once(work);
        }
        double[] rates = new double[runs];
        for (int i = 0; i < runs; i++) {
            rates[i] = once(work);
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        return new Result(median, rates);
    }

    private double once(Work work) {
        long units = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            units += work.run();
            elapsed = System.nanoTime() - start;
        } while (elapsed < minNanos);
        return units / (elapsed / 1e9);
    }
}
