package dev.tmrkit.spark;

import dev.tmrkit.cli.Main;
import dev.tmrkit.cli.campaign.InjectCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tmrkit-spark}: the commands that run on Spark, with tmrkit's error handling (no charts or diagrams needed). */
@Command(name = "tmrkit-spark", mixinStandardHelpOptions = true, subcommands = InjectCommand.class,
        description = "tmrkit campaigns with Apache Spark as the engine.")
final class SparkCommand implements Runnable {
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
