package dev.tmrkit.cli;

import dev.tmrkit.circuits.io.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import dev.tmrkit.cli.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code tmrkit} command: subcommands, and the mapping of failures to messages and exit codes. */
@Command(name = "tmrkit", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Hardware logic redundancy toolkit: netlists, fault injection, triple modular redundancy.",
        subcommands = {InfoCommand.class, EvalCommand.class, InjectCommand.class, TmrCommand.class, FaultsCommand.class,
            ReliabilityCommand.class, ReportCommand.class, ReplicasCommand.class, RenderCommand.class,
            BenchCommand.class, dev.tmrkit.cli.prove.ProveCommand.class, dev.tmrkit.cli.prove.AtpgCommand.class,
            CommandLine.HelpCommand.class})
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
        cl.setExecutionExceptionHandler(Main::handleExecutionException);
        cl.setParameterExceptionHandler(Main::handleParameterException);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return BAD_INPUT;
    }

    private static int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = parsed.hasMatchedOption("--debug") || hasDebug(parsed);
        int code;
        if (ex instanceof ParseException pe) {
            err.println(pe.report());
            code = BAD_INPUT;
        } else if (ex instanceof UserException) {
            err.println(cl.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
            code = BAD_INPUT;
        } else if (ex instanceof IOException) {
            err.println(cl.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
            code = BAD_INPUT;
        } else {
            err.println(cl.getCommandSpec().qualifiedName() + ": internal error: " + ex
                    + (debug ? "" : " (run with --debug for the stack trace)"));
            code = INTERNAL_ERROR;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
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
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/tmrkit-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"tmrkit " + p.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " " + System.getProperty("os.arch")};
        }
    }
}
