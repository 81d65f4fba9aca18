package dev.tmrkit.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a child process that Ctrl-C (SIGINT) reaches. A process started in the background by a
 * non-interactive shell inherits SIGINT as ignored, and a JVM leaves an ignored SIGINT ignored, so a test
 * sending {@code kill -INT} would wait for nothing; {@code env --default-signal=INT} (GNU coreutils 8.31+)
 * restores the default before the child starts, where that option exists.
 */
public final class Interruptible {
    private static final boolean RESETS = resets();

    private Interruptible() {
    }

    /** Starts {@code command} (stderr into stdout) with SIGINT at its default; the process's pid is the command's. */
    public static Process start(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (RESETS) {
            full.addAll(List.of("env", "--default-signal=INT"));
        }
        full.addAll(command);
        return new ProcessBuilder(full).redirectErrorStream(true).start();
    }

    private static boolean resets() {
        try {
            return new ProcessBuilder("env", "--default-signal=INT", "true").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
