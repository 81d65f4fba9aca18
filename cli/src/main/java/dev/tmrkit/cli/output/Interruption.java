package dev.tmrkit.cli.output;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) and SIGTERM during a long run: a shutdown hook asks the run to stop, then waits (at
 * most {@link #GRACE_SECONDS}) until the command has written what it has, so the partial report is
 * complete before the JVM exits (with status 130 for SIGINT).
 */
public final class Interruption implements AutoCloseable {
    public static final int GRACE_SECONDS = 30;
    private static final java.util.Set<Interruption> ACTIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private volatile boolean requested;
    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook;

    private Interruption() {
        hook = new Thread(() -> {
            requested = true;
            try {
                written.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tmrkit-interrupt");
    }

    /** Starts listening for an interruption until {@link #close()}. */
    public static Interruption install() {
        Interruption i = new Interruption();
        ACTIVE.add(i);
        try {
            Runtime.getRuntime().addShutdownHook(i.hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            i.requested = true;
        }
        return i;
    }

    /**
     * Waits (at most {@link #GRACE_SECONDS}) until every run still listening has written its report: other
     * shutdown work, such as removing temporary files, must not race a partial report being written.
     */
    static void awaitReports() {
        for (Interruption i : ACTIVE) {
            try {
                i.written.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public boolean requested() {
        return requested;
    }

    /** The report is written: let the JVM exit, and stop listening. */
    @Override
    public void close() {
        if (written.getCount() == 0) {
            return;
        }
        written.countDown();
        ACTIVE.remove(this);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running and now released
        }
    }
}
