package dev.tmrkit.cli.options;

import picocli.CommandLine.Option;

/** Seed and thread count of commands that draw random numbers and run in parallel. */
public final class RunOptions {
    @Option(names = "--seed", defaultValue = "1", description = "Seed of every random choice; every report prints it (default: ${DEFAULT-VALUE}).")
    public long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores). Results do not depend on it.")
    public Integer threads;

    public int threads() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        return Limits.check("--threads", n, 1, Limits.MAX_THREADS);
    }
}
