package dev.tmrkit.circuits.campaign.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs independent blocks of work on a fixed number of daemon threads and waits for all of them; with one thread
 * they run in order on the calling thread. Callers write each block's result to its own slot, so the outcome does
 * not depend on the thread count or the order in which blocks finish. A block polls {@link #stopped()} between its
 * units of work. Stopping — the caller's {@code stop} answering true, the calling thread interrupted while it waits,
 * or a block failing — lets every running block end after its current unit and starts no new one; {@link #run}
 * returns only when no worker thread is left running, and then throws ({@link CancellationException} when stopped,
 * the block's exception when one failed).
 */
public final class Blocks {
    /** One block of work; polls {@code blocks.stopped()} between its units. */
    public interface Block {
        void run(Blocks blocks);
    }

    private final BooleanSupplier stop;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** @param stop polled by {@link #stopped()} (on whichever thread asks): once it answers true, the run is cancelled */
    public Blocks(BooleanSupplier stop) {
        this.stop = stop;
    }

    /** Whether the work should end: asked by the caller, or the run is cancelled. */
    public boolean stopped() {
        if (cancelled.get()) {
            return true;
        }
        if (stop.getAsBoolean()) {
            cancelled.set(true);
        }
        return cancelled.get();
    }

    /**
     * Runs every block, on at most {@code threads} threads named {@code tmrkit-NAME-1}, {@code -2}, ….
     *
     * @throws CancellationException when stopped before every block was done
     */
    public void run(String name, int threads, List<Block> blocks) {
        int workers = Math.max(1, Math.min(threads, blocks.size()));
        if (workers == 1) {
            for (Block b : blocks) {
                if (stopped()) {
                    break;
                }
                b.run(this);
            }
        } else {
            parallel(name, workers, blocks);
        }
        if (cancelled.get()) {
            throw new CancellationException(name + " stopped before every block was done");
        }
    }

    private void parallel(String name, int workers, List<Block> blocks) {
        AtomicInteger number = new AtomicInteger();
        List<Thread> started = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "tmrkit-" + name + "-" + number.incrementAndGet());
            t.setDaemon(true);
            started.add(t);
            return t;
        });
        boolean interrupted = false;
        RuntimeException failure = null;
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Block b : blocks) {
                futures.add(pool.submit(() -> {
                    if (!stopped()) {
                        b.run(this);
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancelled.set(true);
                    break;
                } catch (ExecutionException e) {
                    cancelled.set(true);
                    if (failure == null) {
                        failure = unwrap(name, e.getCause());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
            interrupted |= awaitTermination(pool, started);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Waits until every worker thread has ended (each ends after its current fault): the pool's termination, then
     * each thread itself, which may still be finishing after the pool reports it terminated. True when interrupted
     * meanwhile.
     */
    private static boolean awaitTermination(ExecutorService pool, List<Thread> started) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        synchronized (started) {
            for (Thread t : started) {
                while (t.isAlive()) {
                    try {
                        t.join();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
        }
        return interrupted;
    }

    private static RuntimeException unwrap(String name, Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(name + " failed: " + cause, cause);
    }
}
