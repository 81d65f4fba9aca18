package dev.tmrkit.spark;

import dev.tmrkit.cli.Main;
import dev.tmrkit.cli.campaign.InjectCommand;
import dev.tmrkit.cli.replicas.ReplicasMissionsCommand;
import dev.tmrkit.cli.replicas.ReplicasSweepCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tmrkit-spark}: the commands that run on Spark, with tmrkit's error handling (no charts or diagrams needed). */
@Command(name = "tmrkit-spark", mixinStandardHelpOptions = true, subcommands = {InjectCommand.class, SparkCommand.Replicas.class},
        description = "tmrkit campaigns with Apache Spark as the engine.")
final class SparkCommand implements Runnable {
    /** {@code tmrkit-spark replicas}: the seeded replica runs that cut into slices. */
    @Command(name = "replicas", mixinStandardHelpOptions = true, subcommands = {ReplicasMissionsCommand.class, ReplicasSweepCommand.class},
            description = "Replica runs with Spark as the engine: missions (blocks of missions) and sweep (seeds).")
    static final class Replicas implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getErr());
            throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed (missions or sweep)");
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** A fresh command line; its {@code inject} runs on this JVM's threads until given another engine. */
    static CommandLine commandLine() {
        return Main.withErrorHandling(new CommandLine(new SparkCommand()));
    }
}
