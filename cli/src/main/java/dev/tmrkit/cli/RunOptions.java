package dev.tmrkit.cli;

import picocli.CommandLine.Option;

/** Seed and thread count of commands that draw random numbers and run in parallel. */
final class RunOptions {
    @Option(names = "--seed", defaultValue = "1", description = "Seed of every random choice; every report prints it (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    int threads() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new UserException("--threads must be at least 1, got " + n);
        }
        return n;
    }
}
