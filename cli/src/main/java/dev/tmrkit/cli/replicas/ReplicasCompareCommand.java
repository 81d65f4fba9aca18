package dev.tmrkit.cli.replicas;

import dev.tmrkit.cli.options.SeedOption;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.FormatOption;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.output.OutputFiles;
import dev.tmrkit.cli.plot.ChartFiles;
import dev.tmrkit.cli.plot.ReplicaPlots;
import dev.tmrkit.stateful.compare.Difference;
import dev.tmrkit.stateful.compare.Explained;
import dev.tmrkit.stateful.mission.StandardMissions;
import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.run.Comparison;
import dev.tmrkit.stateful.run.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmrkit replicas compare}: static and dynamic redundancy on the same seed and fault schedule, side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run one scenario twice, with static and with dynamic redundancy, on the same seed: the same "
                + "workload at the same times and the same fault schedule. Print the two side by side.",
            "Example: tmrkit replicas compare --crash 0@3s --flip 1@5s"})
public final class ReplicasCompareCommand implements Callable<Integer> {
    @Mixin
    ReplicaOptions options;

    @Option(names = "--plot", paramLabel = "FILE.png|svg",
            description = "Also draw R(t) of static (TMR) vs dynamic redundancy (TMR with the --spares as cold spares) "
                    + "from Monte Carlo missions with 99%% Wilson intervals, beside the closed forms.")
    Path plot;

    @Option(names = "--lambda", defaultValue = "0.001", paramLabel = "RATE",
            description = "Failures per replica per time unit for --plot (default: ${DEFAULT-VALUE}).")
    double lambda;

    @Option(names = "--missions", defaultValue = "20000", paramLabel = "N",
            description = "Missions per configuration for --plot (default: ${DEFAULT-VALUE}).")
    long missions;

    @Mixin
    FormatOption.TableCsvJson format;

    @Mixin
    SeedOption run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Scenario s = ReplicaOptions.build(options.builder(run.seed));
        if (plot != null && (!(lambda > 0) || Double.isInfinite(lambda))) {
            throw new UserException("--lambda must be positive and finite, got " + lambda);
        }
        if (plot != null && missions < 2) {
            throw new UserException("--missions must be at least 2, got " + missions);
        }
        OutputFiles.checkPlot(plot);
        Explained explained = Explained.of(s);
        Comparison c = explained.comparison();
        List<Difference> differences = ReplicasReport.differing(s, c.staticRun(), c.dynamicRun()).stream()
                .map(e -> explained.explain(e.getKey())).toList();
        PrintWriter out = spec.commandLine().getOut();
        List<String> columns = List.of(Redundancy.STATIC.label(), Redundancy.DYNAMIC.label());
        if (format.get() == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seed", s.seed());
            Map<String, Object> definitions = new LinkedHashMap<>();
            definitions.put("static", ReplicasReport.STATIC);
            definitions.put("dynamic", ReplicasReport.DYNAMIC);
            definitions.put("trueCount", ReplicasReport.TRUE_COUNT);
            m.put("definitions", definitions);
            m.put("scenario", ReplicasReport.scenarioJson(s, c.staticRun()));
            m.put("static", ReplicasReport.json(c.staticRun()));
            m.put("dynamic", ReplicasReport.json(c.dynamicRun()));
            m.put("differences", differences.stream().map(d -> {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("metric", d.metric());
                o.put("mechanisms", d.mechanisms());
                o.put("why", d.why());
                return o;
            }).toList());
            out.println(Json.write(m));
        } else if (format.get() == Format.csv) {
            Map<String, Map<String, Object>> runs = new LinkedHashMap<>();
            runs.put(columns.get(0), ReplicasReport.json(c.staticRun()));
            runs.put(columns.get(1), ReplicasReport.json(c.dynamicRun()));
            out.print(dev.tmrkit.cli.output.Records.columns(runs));
        } else {
            out.println(ReplicasReport.STATIC);
            out.println(ReplicasReport.DYNAMIC);
            out.println();
            ReplicasReport.describe(s, c.staticRun()).forEach(out::println);
            out.println();
            out.print(ReplicasReport.table(s, columns, List.of(c.staticRun(), c.dynamicRun())).text());
            out.println();
            out.println(ReplicasReport.TRUE_COUNT);
            out.println(ReplicasReport.REMOVALS);
            if (!differences.isEmpty()) {
                out.println();
                out.println("why they differ (each operation is attributed to what it met while open: a reconfiguration, the "
                        + "leader down, a member down, a network or clock fault, or no fault):");
                Map<String, String> labels = new LinkedHashMap<>();
                ReplicasReport.differing(s, c.staticRun(), c.dynamicRun()).forEach(e -> labels.put(e.getKey(), e.getValue()));
                Map<String, List<String>> rows = new LinkedHashMap<>();
                for (Difference d : differences) {
                    rows.computeIfAbsent("[" + String.join(", ", d.mechanisms()) + "]: " + d.why() + ".", k -> new java.util.ArrayList<>())
                            .add(labels.get(d.metric()));
                }
                rows.forEach((why, which) -> out.println("  " + String.join("; ", which) + " " + why));
            }
        }
        if (plot != null) {
            try {
                OutputFiles.write(plot, ChartFiles.encode(ReplicaPlots.reliability(
                        StandardMissions.StaticVsDynamic.run(lambda, s.spares(), missions, s.seed())), plot));
            } catch (IOException e) {
                throw new UserException("cannot write '" + plot + "': " + e.getMessage(), e);
            }
            if (format.get() == Format.table) {
                out.println();
                out.println("plot       R(t) of static vs dynamic redundancy written to " + plot);
            }
        }
        out.flush();
        return 0;
    }
}
