package dev.tmrkit.cli.replicas;

import picocli.CommandLine.Command;

/** {@code tmrkit replicas}: replicated counters in a deterministic simulation. */
@Command(name = "replicas", mixinStandardHelpOptions = true,
        description = "Majority voting lifted to replicated counters: static vs dynamic redundancy in a deterministic, seeded simulation.",
        subcommands = {ReplicasRunCommand.class, ReplicasCompareCommand.class, ReplicasMissionsCommand.class,
            ReplicasTransparencyCommand.class, ReplicasScenarioCommand.class, ReplicasSweepCommand.class,
            ReplicasServiceCommand.class})
public final class ReplicasCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** {@code tmrkit replicas} alone is a usage error, as {@code tmrkit} alone is. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed (run, compare, missions, transparency, scenario, sweep or service)");
    }
}
