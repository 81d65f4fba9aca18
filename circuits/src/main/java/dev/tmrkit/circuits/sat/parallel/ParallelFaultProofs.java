package dev.tmrkit.circuits.sat.parallel;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.engine.Blocks;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.sat.FaultProof;
import dev.tmrkit.circuits.sat.FaultProver;
import dev.tmrkit.circuits.sat.SequentialFaultProof;
import dev.tmrkit.circuits.sat.SequentialFaultProver;
import dev.tmrkit.circuits.sat.SequentialProver;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Every fault of a list decided on several threads, with the verdicts, methods and witnesses of one thread.
 *
 * <p>Combinational ({@link FaultProver}): steps (1)–(2), which need no SAT search and whose answer does not
 * depend on the faults a prover decided before, on one prover per thread; step (3), the bit-parallel random
 * patterns, on the campaign's threads (its results do not depend on their number); step (4), SAT, in blocks of
 * {@link #satBlock} faults — a size that depends on the number of faults left for SAT only — each on a new
 * prover. An incremental solver's models depend on the queries it answered before, so the fresh prover per block
 * is what makes a witness the same for every thread count. Its seed is the user's, as on one thread.
 *
 * <p>Sequential ({@link SequentialFaultProver}): every fault set is decided on its own (the prover draws its random
 * sequences from the seed anew per set and keeps no solver between sets), so blocks only share out the work.
 */
public final class ParallelFaultProofs {
    private static final int STRUCTURE_BLOCK = 256;
    private static final int SEQUENTIAL_BLOCK = 4;

    /**
     * How a run is carried out; none of it changes a verdict, method or witness.
     *
     * @param threads  worker threads, at least 1
     * @param progress told the faults decided so far (from worker threads)
     * @param stop     polled between faults: once it answers true, no new fault is started
     */
    public record Run(int threads, ProgressListener progress, BooleanSupplier stop) {
        public Run {
            if (threads < 1) {
                throw new IllegalArgumentException("at least one thread: " + threads);
            }
        }

        /** {@code threads} threads, no progress, never stopped. */
        public static Run on(int threads) {
            return new Run(threads, ProgressListener.NONE, () -> false);
        }
    }

    private ParallelFaultProofs() {
    }

    /**
     * As {@link FaultProver#proveAll(List, Duration, long)} (same verdicts and methods), on {@code run.threads()}.
     *
     * @throws CancellationException    when {@code run.stop()} answered true, or the calling thread was interrupted,
     *                                  before every fault was decided (no worker thread is left running)
     * @throws IllegalArgumentException for a sequential netlist or a fault that is not a stuck-at fault
     */
    public static List<FaultProof> combinational(Netlist netlist, CampaignPlan.Judging judging, long seed,
                                                 List<? extends Fault> faults, Duration perFault, long patterns, Run run) {
        int n = faults.size();
        FaultProof[] out = new FaultProof[n];
        AtomicLong decided = new AtomicLong();
        Blocks blocks = new Blocks(stopOrInterrupted(run));
        Queue<FaultProver> idle = new ConcurrentLinkedQueue<>();
        idle.add(new FaultProver(netlist, judging, seed));
        List<Blocks.Block> structure = new ArrayList<>();
        for (int from = 0; from < n; from += STRUCTURE_BLOCK) {
            int lo = from;
            int hi = Math.min(n, from + STRUCTURE_BLOCK);
            structure.add(b -> {
                FaultProver prover = idle.poll();
                prover = prover != null ? prover : new FaultProver(netlist, judging, seed);
                for (int i = lo; i < hi && !b.stopped(); i++) {
                    out[i] = prover.byStructure(faults.get(i)).orElse(null);
                    if (out[i] != null) {
                        run.progress().progress(decided.incrementAndGet(), n);
                    }
                }
                idle.add(prover);
            });
        }
        blocks.run("fault-proof", run.threads(), structure);
        int[] rest = indicesOfNull(out);
        List<Fault> restFaults = Arrays.stream(rest).mapToObj(faults::get).map(f -> (Fault) f).toList();
        FaultProof[] simulated = idle.peek().bySimulation(restFaults, patterns, run.threads(), blocks::stopped);
        if (blocks.stopped()) {
            throw new CancellationException("fault-proof stopped before every fault was decided");
        }
        List<Integer> sat = new ArrayList<>();
        for (int r = 0; r < rest.length; r++) {
            if (simulated[r] != null) {
                out[rest[r]] = simulated[r];
                run.progress().progress(decided.incrementAndGet(), n);
            } else {
                sat.add(rest[r]);
            }
        }
        int size = satBlock(sat.size());
        List<Blocks.Block> satBlocks = new ArrayList<>();
        for (int from = 0; from < sat.size(); from += size) {
            List<Integer> mine = sat.subList(from, Math.min(sat.size(), from + size));
            satBlocks.add(b -> {
                FaultProver prover = new FaultProver(netlist, judging, seed);
                for (int k = 0; k < mine.size() && !b.stopped(); k++) {
                    out[mine.get(k)] = prover.prove(faults.get(mine.get(k)), perFault);
                    run.progress().progress(decided.incrementAndGet(), n);
                }
            });
        }
        blocks.run("fault-proof", run.threads(), satBlocks);
        return List.of(out);
    }

    /**
     * The faults left for SAT that one fresh prover decides in turn: between 4 and 64, about a sixteenth of them.
     * A function of their number only, never of the thread count.
     */
    static int satBlock(int count) {
        return Math.max(4, Math.min(64, (count + 15) / 16));
    }

    /**
     * As {@link SequentialFaultProver#proveAll(List)}, on {@code run.threads()}: the same proofs, in order.
     *
     * @throws CancellationException    as {@link #combinational}
     * @throws IllegalArgumentException for a combinational netlist or a set the prover refuses
     */
    public static List<SequentialFaultProof> sequential(Netlist netlist, CampaignPlan.Judging judging,
                                                        SequentialProver.Settings settings,
                                                        List<? extends List<? extends Fault>> sets, Run run) {
        new SequentialFaultProver(netlist, judging, settings);   // refuses a combinational netlist before any thread starts
        int n = sets.size();
        SequentialFaultProof[] out = new SequentialFaultProof[n];
        AtomicLong decided = new AtomicLong();
        List<Blocks.Block> work = new ArrayList<>();
        for (int from = 0; from < n; from += SEQUENTIAL_BLOCK) {
            int lo = from;
            int hi = Math.min(n, from + SEQUENTIAL_BLOCK);
            work.add(b -> {
                SequentialFaultProver prover = new SequentialFaultProver(netlist, judging, settings);
                for (int i = lo; i < hi && !b.stopped(); i++) {
                    out[i] = prover.prove(sets.get(i));
                    run.progress().progress(decided.incrementAndGet(), n);
                }
            });
        }
        new Blocks(stopOrInterrupted(run)).run("sequential-fault-proof", run.threads(), work);
        return List.of(out);
    }

    /** The caller's stop, or the asking thread interrupted (the caller while it waits, a worker shut down). */
    private static BooleanSupplier stopOrInterrupted(Run run) {
        return () -> run.stop().getAsBoolean() || Thread.currentThread().isInterrupted();
    }

    private static int[] indicesOfNull(Object[] a) {
        int[] idx = new int[a.length];
        int m = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null) {
                idx[m++] = i;
            }
        }
        return Arrays.copyOf(idx, m);
    }
}
