package dev.tmrkit.circuits.campaign.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent tasks on a fixed number of daemon threads and waits for all of them. Callers write
 * each task's result to its own slot, so the outcome does not depend on the thread count or the order
 * in which tasks finish. With one thread the tasks run in order on the calling thread.
 */
final class Workers {
    private Workers() {
    }

    static void runAll(String name, int threads, List<Runnable> tasks) {
        int workers = Math.max(1, Math.min(threads, tasks.size()));
        if (workers == 1) {
            tasks.forEach(Runnable::run);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "tmrkit-" + name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable task : tasks) {
                futures.add(pool.submit(task));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(name + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
