package dev.tmrkit.cli;

import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.run.Cluster;
import dev.tmrkit.stateful.run.RunResult;
import dev.tmrkit.stateful.run.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tmrkit replicas run}: one configuration of a replicated counter, simulated and checked. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulate one configuration of a replicated counter: clients increment, reset and read it while faults "
                + "strike; then check every read in the manner of Jepsen's counter checker and measure lag, messages and "
                + "missed threshold crossings. The same --seed gives the same trace (its hash is printed).",
            "Nodes: replicas n0.. then spares; clients and observers are never faulted."})
final class ReplicasRunCommand implements Callable<Integer> {
    @Option(names = "--redundancy", defaultValue = "static", paramLabel = "static|dynamic",
            description = "Static: a fixed set and a voter; dynamic: failure detection, spares, elections (default: ${DEFAULT-VALUE}).")
    String redundancy;

    @Mixin
    ReplicaOptions options;

    @Option(names = "--trace", paramLabel = "FILE", description = "Write every event as one JSON object per line to FILE.")
    Path trace;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    RunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Redundancy r = switch (redundancy) {
            case "static" -> Redundancy.STATIC;
            case "dynamic" -> Redundancy.DYNAMIC;
            default -> throw new UserException("--redundancy must be static or dynamic, not '" + redundancy + "'");
        };
        Scenario s = build(options.builder(run.seed).redundancy(r));
        RunResult result = trace == null ? Cluster.run(s) : TraceFile.write(trace, listener -> Cluster.run(s, listener));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seed", s.seed());
            m.put("traceHash", ReplicasReport.hash(result));
            m.put("definition", ReplicasReport.definition(r));
            m.put("trueCount", ReplicasReport.TRUE_COUNT);
            m.put("scenario", ReplicasReport.scenarioJson(s, result));
            m.put("result", ReplicasReport.json(result));
            m.put("replicas", ReplicasReport.replicasJson(result));
            out.println(Json.write(m));
        } else if (format == Format.csv) {
            out.print(ReplicasReport.table(s, List.of(r.label()), List.of(result)).csv());
        } else {
            out.println(ReplicasReport.definition(r));
            ReplicasReport.describe(s, result).forEach(out::println);
            out.println("trace      hash " + ReplicasReport.hash(result) + ", " + result.events() + " events"
                    + (trace != null ? ", written to " + trace : ""));
            out.println();
            out.print(ReplicasReport.table(s, List.of(r.label()), List.of(result)).text());
            out.println();
            out.print(ReplicasReport.replicas(result).text());
            out.println();
            out.println(ReplicasReport.TRUE_COUNT);
        }
        out.flush();
        return 0;
    }

    static Scenario build(Scenario.Builder b) {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }
}
