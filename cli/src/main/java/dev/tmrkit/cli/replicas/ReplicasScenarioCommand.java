package dev.tmrkit.cli.replicas;

import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.stateful.run.ZeroTwoFive;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tmrkit replicas scenario}: the chapter's scenarios by name, each with what to look at. */
@Command(name = "scenario", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run one of the chapter's scenarios by name, print the command it stands for and what to look at in "
                + "its output. --list names them all."})
public final class ReplicasScenarioCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The scenario to run.")
    String name;

    @Option(names = "--list", description = "List the scenarios and exit.")
    boolean list;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list || name == null) {
            if (!list) {
                throw new UserException("name a scenario, or --list them: " + names());
            }
            for (NamedScenarios.Named n : NamedScenarios.ALL) {
                out.println(String.format("%-20s %s", n.name(), n.summary()));
            }
            out.flush();
            return 0;
        }
        NamedScenarios.Named n = NamedScenarios.byName(name);
        if (n == null) {
            throw new UserException("no scenario '" + name + "'; there are " + names());
        }
        out.println("scenario   " + n.name() + ": " + n.summary());
        out.println("runs       " + n.commandLine() + " --seed " + seed);
        out.println("look at    " + n.lookAt());
        out.println();
        if (n.args().isEmpty()) {
            zeroTwoFive(out);
            out.flush();
            return 0;
        }
        out.flush();
        List<String> args = new ArrayList<>(n.args());
        args.add("--seed");
        args.add(Long.toString(seed));
        CommandLine sub = new CommandLine(n.command().equals("run") ? new ReplicasRunCommand() : new ReplicasCompareCommand());
        sub.setOut(spec.commandLine().getOut());
        sub.setErr(spec.commandLine().getErr());
        sub.setExecutionExceptionHandler(spec.commandLine().getExecutionExceptionHandler());
        return sub.execute(args.toArray(new String[0]));
    }

    private void zeroTwoFive(PrintWriter out) {
        for (ZeroTwoFive.Run r : ZeroTwoFive.run(seed)) {
            out.println(r.mode().label() + "-based: the leader sends n1");
            r.shipped().forEach(s -> out.println("  " + s));
            out.println("  read -> " + r.read());
        }
    }

    private static String names() {
        return NamedScenarios.ALL.stream().map(NamedScenarios.Named::name).collect(Collectors.joining(", "));
    }
}
