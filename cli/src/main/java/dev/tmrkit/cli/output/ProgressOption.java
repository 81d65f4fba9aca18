package dev.tmrkit.cli.output;

import picocli.CommandLine.Option;

/** The {@code --progress} / {@code --no-progress} choice of commands that run long. */
public final class ProgressOption {
    @Option(names = "--progress", negatable = true, description = "Show progress on stderr: a bar when stderr is a "
            + "terminal (the default), plain lines with --progress when it is not; --no-progress never.")
    Boolean wanted;

    /** The user's choice: {@code true}, {@code false}, or {@code null} to decide by the terminal. */
    public Boolean wanted() {
        return wanted;
    }
}
