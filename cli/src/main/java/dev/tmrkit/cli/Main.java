package dev.tmrkit.cli;

import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.cli.bench.BenchCommand;
import dev.tmrkit.cli.campaign.InjectCommand;
import dev.tmrkit.cli.campaign.ReliabilityCommand;
import dev.tmrkit.cli.circuit.EvalCommand;
import dev.tmrkit.cli.circuit.FaultsCommand;
import dev.tmrkit.cli.circuit.InfoCommand;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.options.InputFiles;
import dev.tmrkit.cli.output.Terminal;
import dev.tmrkit.cli.output.ToolVersion;
import dev.tmrkit.cli.render.RenderCommand;
import dev.tmrkit.cli.render.ReportCommand;
import dev.tmrkit.cli.replicas.ReplicasCommand;
import dev.tmrkit.cli.tmr.CheckTmrCommand;
import dev.tmrkit.cli.tmr.TmrCommand;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code tmrkit} command: subcommands, and the mapping of failures to messages and exit codes. */
@Command(name = "tmrkit", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Hardware logic redundancy toolkit: netlists, fault injection, triple modular redundancy.",
        subcommands = {InfoCommand.class, EvalCommand.class, InjectCommand.class, dev.tmrkit.cli.shard.MergeCommand.class,
            TmrCommand.class, CheckTmrCommand.class, FaultsCommand.class,
            ReliabilityCommand.class, ReportCommand.class, ReplicasCommand.class, RenderCommand.class,
            BenchCommand.class, dev.tmrkit.cli.prove.ProveCommand.class, dev.tmrkit.cli.prove.AtpgCommand.class,
            CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class})
public final class Main implements Runnable {
    /** Exit code for bad input or usage. */
    public static final int BAD_INPUT = 2;
    /** Exit code for an internal error (a bug). */
    public static final int INTERNAL_ERROR = 1;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests with captured output. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // picocli hides generate-completion by default; tmrkit lists it, since the README points to it
        cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        versionEverywhere(cl, new Version());
        return withErrorHandling(cl);
    }

    /** {@code cl} with tmrkit's mapping of failures to messages and exit codes (for other front ends, e.g. Spark's). */
    public static CommandLine withErrorHandling(CommandLine cl) {
        cl.setExecutionExceptionHandler(Main::handleExecutionException);
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cl.setExecutionStrategy(parsed -> {
            InputFiles.clear();
            try {
                return run.execute(parsed);
            } catch (OutOfMemoryError e) {
                return outOfMemory(parsed);
            }
        });
        cl.setParameterExceptionHandler(Main::handleParameterException);
        return cl;
    }

    /** {@code tmrkit} alone is a usage error: the usage goes to stderr and the exit code is 2. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed");
    }

    /** {@code -V} answers on every subcommand, not only on {@code tmrkit} itself. */
    private static void versionEverywhere(CommandLine cl, CommandLine.IVersionProvider version) {
        cl.getCommandSpec().versionProvider(version);
        for (CommandLine sub : cl.getSubcommands().values()) {
            versionEverywhere(sub, version);
        }
    }

    private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandSpec().qualifiedName() + ": " + Terminal.safe(ex.getMessage()));
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return BAD_INPUT;
    }

    private static int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = parsed.hasMatchedOption("--debug") || hasDebug(parsed);
        int code;
        if (ex instanceof ParseException pe) {
            err.println(Terminal.safe(pe.report()));
            code = BAD_INPUT;
        } else if (ex instanceof UserException) {
            err.println(cl.getCommandSpec().qualifiedName() + ": " + Terminal.safe(ex.getMessage()));
            code = BAD_INPUT;
        } else if (ex instanceof IOException) {
            err.println(cl.getCommandSpec().qualifiedName() + ": " + Terminal.safe(ex.getMessage()));
            code = BAD_INPUT;
        } else {
            err.println(cl.getCommandSpec().qualifiedName() + ": internal error: " + Terminal.safe(String.valueOf(ex))
                    + (debug ? "" : " (run with --debug for the stack trace)"));
            code = INTERNAL_ERROR;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Out of memory: one line that says how to give the JVM more, never a stack trace. */
    static int outOfMemory(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult last = parsed;
        while (last.subcommand() != null) {
            last = last.subcommand();
        }
        PrintWriter err = parsed.commandSpec().commandLine().getErr();
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        err.println(last.commandSpec().qualifiedName() + ": out of memory (the JVM may use " + mib + " MiB); "
                + "give it more, e.g. TMRKIT_JAVA_OPTS=-Xmx" + Math.max(2, 2 * ((mib + 1023) / 1024)) + "g ./tmrkit ..., "
                + "or make the run smaller");
        err.flush();
        return BAD_INPUT;
    }

    private static boolean hasDebug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** Reads the version Maven filtered into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tmrkit " + ToolVersion.version(),
                "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " " + System.getProperty("os.arch")};
        }
    }
}
