package dev.tmrkit.cli;

import dev.tmrkit.circuits.campaign.ProgressListener;
import java.io.PrintWriter;

/**
 * A progress bar on stderr, drawn only when stderr is a terminal (and never in tests); at most ten
 * frames a second. Quiet otherwise, so logs and pipes stay clean.
 */
final class Progress implements ProgressListener, AutoCloseable {
    private final PrintWriter err;
    private final String label;
    private final boolean enabled;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintWriter err, String label, boolean enabled) {
        this.err = err;
        this.label = label;
        this.enabled = enabled;
    }

    /** Enabled when the JVM has a console (stdin and stdout/stderr attached to a terminal). */
    static Progress onTerminal(PrintWriter err, String label) {
        return new Progress(err, label, System.console() != null && System.getenv("TMRKIT_NO_PROGRESS") == null);
    }

    @Override
    public synchronized void progress(long done, long total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int width = 30;
        int filled = total == 0 ? width : (int) (width * done / total);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
                + (total == 0 ? 100 : 100 * done / total) + "% " + done + "/" + total);
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
