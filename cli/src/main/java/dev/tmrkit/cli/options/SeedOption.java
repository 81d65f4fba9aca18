package dev.tmrkit.cli.options;

import picocli.CommandLine.Option;

/**
 * The seed of a command that draws random numbers but runs one deterministic simulation on one thread, so it
 * offers no {@code --threads} (an option that could not take effect; picocli refuses it as unknown).
 */
public final class SeedOption {
    @Option(names = "--seed", defaultValue = "1", description = "Seed of every random choice; every report prints it (default: ${DEFAULT-VALUE}).")
    public long seed;
}
