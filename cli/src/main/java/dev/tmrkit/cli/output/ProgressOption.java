package dev.tmrkit.cli.output;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * {@code --progress} / {@code --no-progress} as a picocli mixin for the long-running commands. Without either, a bar
 * is drawn when stderr is a terminal and nothing otherwise; {@code --progress} shows progress anyway (plain lines,
 * at most one a second, when stderr is not a terminal); {@code --no-progress} never shows it. Use
 * <pre>
 *   &#64;Mixin ProgressOption progress;   // then progress.open(err, label)
 * </pre>
 */
public final class ProgressOption {
    @Option(names = "--progress", negatable = true, description = "Report progress on stderr: --progress even when stderr "
            + "is not a terminal (plain lines, at most one a second), --no-progress never; by default a bar when stderr is "
            + "a terminal, nothing otherwise.")
    Boolean wanted;

    /** The user's choice: true, false, or null when neither option was given. */
    public Boolean wanted() {
        return wanted;
    }

    /** The progress display for this choice on {@code err}. */
    public Progress open(PrintWriter err, String label) {
        return Progress.onTerminal(err, label, wanted);
    }
}
