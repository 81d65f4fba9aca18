package dev.tmrkit.cli.output;

import dev.tmrkit.circuits.campaign.model.ProgressListener;
import java.io.PrintWriter;

/**
 * Progress on stderr: a bar redrawn in place (at most ten frames a second) when stderr is a terminal,
 * nothing otherwise — so logs and pipes stay clean — unless asked for with {@code --progress}, which on
 * a non-terminal writes a plain line at most once a second.
 */
public final class Progress implements ProgressListener, AutoCloseable {
    /** How progress is shown. */
    public enum Mode { OFF, BAR, LINES }

    private final PrintWriter err;
    private final String label;
    private final Mode mode;
    private long lastDraw;
    private boolean drawn;

    public Progress(PrintWriter err, String label, Mode mode) {
        this.err = err;
        this.label = label;
        this.mode = mode;
    }

    public Progress(PrintWriter err, String label, boolean bar) {
        this(err, label, bar ? Mode.BAR : Mode.OFF);
    }

    /** A bar when stderr is a terminal; silent otherwise. */
    public static Progress onTerminal(PrintWriter err, String label) {
        return onTerminal(err, label, null);
    }

    /**
     * As {@link #onTerminal(PrintWriter, String)}, with the user's choice: {@code true} ({@code --progress})
     * shows progress even when stderr is not a terminal (plain lines), {@code false} ({@code --no-progress})
     * never shows it, {@code null} decides by the terminal.
     */
    public static Progress onTerminal(PrintWriter err, String label, Boolean wanted) {
        return new Progress(err, label, mode(wanted, stderrIsTerminal()));
    }

    /** As {@link #onTerminal(PrintWriter, String, Boolean)}; {@code forced} is {@code --progress}, else no choice. */
    public static Progress onTerminal(PrintWriter err, String label, boolean forced) {
        return onTerminal(err, label, forced ? Boolean.TRUE : null);
    }

    /** The mode for the user's choice ({@code null}: none) and whether stderr is a terminal. */
    public static Mode mode(Boolean wanted, boolean terminal) {
        if (Boolean.FALSE.equals(wanted)) {
            return Mode.OFF;
        }
        if (terminal) {
            return Mode.BAR;
        }
        return Boolean.TRUE.equals(wanted) ? Mode.LINES : Mode.OFF;
    }

    /**
     * Whether stderr is a terminal. The launcher knows ({@code -Dtmrkit.stderr.terminal}, from {@code [ -t 2 ]});
     * without it the JVM's console is the best guess. {@code TMRKIT_NO_PROGRESS} in the environment says no.
     */
    static boolean stderrIsTerminal() {
        if (System.getenv("TMRKIT_NO_PROGRESS") != null) {
            return false;
        }
        String told = System.getProperty("tmrkit.stderr.terminal");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    @Override
    public synchronized void progress(long done, long total) {
        if (mode == Mode.OFF) {
            return;
        }
        long now = System.nanoTime();
        long interval = mode == Mode.BAR ? 100_000_000L : 1_000_000_000L;
        if (done < total && drawn && now - lastDraw < interval) {
            return;
        }
        lastDraw = now;
        long percent = total == 0 ? 100 : 100 * done / total;
        if (mode == Mode.LINES) {
            err.println(label + ": " + done + "/" + total + " (" + percent + "%)");
        } else {
            int width = 30;
            int filled = total == 0 ? width : (int) (width * done / total);
            err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + percent + "% " + done + "/" + total);
        }
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        if (drawn && mode == Mode.BAR) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
