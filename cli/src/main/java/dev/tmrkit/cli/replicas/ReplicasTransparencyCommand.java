package dev.tmrkit.cli.replicas;

import dev.tmrkit.cli.options.SeedOption;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.FormatOption;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.output.Table;
import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.run.Cluster;
import dev.tmrkit.stateful.run.RunResult;
import dev.tmrkit.stateful.run.scenario.ReplicationConfigurations;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.sim.Time;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmrkit replicas transparency}: how transparent each replication configuration is, on one scenario. */
@Command(name = "transparency", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the chapter's replication configurations (single-leader sync, chain and async, state- and "
                + "log-based; multi-leader; leaderless with the old rule and with the CRDT join) on the same workload, "
                + "network, faults and seed, in static and dynamic redundancy, and print for each the share of operations "
                + "whose result a single correct counter could have given, the linearizability verdict, latency, "
                + "throughput and messages per operation.",
            "The configuration options (--topology, --replication, --mode, --read-quorum, --write-quorum, --idempotent) "
                    + "are set per row and refused here."})
public final class ReplicasTransparencyCommand implements Callable<Integer> {
    private static final List<String> PER_ROW = List.of("--topology", "--replication", "--mode", "--read-quorum", "--write-quorum",
            "--idempotent");

    @Mixin
    ReplicaOptions options;

    @Mixin
    FormatOption.TableCsvJson format;

    @Mixin
    SeedOption run;

    @Spec
    CommandSpec spec;

    /** One row: a configuration in one redundancy, and its run. */
    private record Row(String configuration, Redundancy redundancy, RunResult result) {
    }

    @Override
    public Integer call() {
        for (String option : PER_ROW) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new UserException(option + " is set per configuration by 'replicas transparency'; use 'replicas run' for one");
            }
        }
        Scenario base = ReplicaOptions.build(options.builder(run.seed));
        List<Row> rows = new ArrayList<>();
        for (ReplicationConfigurations.Named c : ReplicationConfigurations.standard()) {
            for (Redundancy r : Redundancy.values()) {
                if (c.takes(r)) {
                    Scenario s;
                    try {
                        s = c.of(base, r);
                    } catch (IllegalArgumentException e) {
                        throw new UserException(c.label() + ": " + e.getMessage(), e);
                    }
                    rows.add(new Row(c.label(), r, Cluster.run(s)));
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> records = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("configuration", row.configuration());
            o.put("redundancy", row.redundancy().label());
            o.put("transparency", row.result().transparency());
            o.put("verdict", row.result().judgement().verdict().label());
            o.put("unavailable", row.result().check().unavailable());
            o.put("wrongReads", row.result().check().wrongReads());
            boolean answered = row.result().latency().all().count() > 0;
            o.put("latencyP50us", answered ? row.result().latency().all().p50() : null);
            o.put("latencyP99us", answered ? row.result().latency().all().p99() : null);
            o.put("throughput", row.result().latency().throughput());
            o.put("messagesPerOperation", row.result().messagesPerOperation());
            o.put("traceHash", ReplicasReport.hash(row.result()));
            records.add(o);
        }
        if (format.get() == Format.csv) {
            out.print(dev.tmrkit.cli.output.Records.csv(records));
        } else if (format.get() == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seed", base.seed());
            m.put("definition", DEFINITION);
            m.put("scenario", ReplicasReport.scenarioJson(base, rows.get(0).result()));
            m.put("configurations", records);
            out.println(Json.write(m));
        } else {
            Table t = new Table("configuration", "redundancy", "transparent", "verdict", "unavailable", "wrong reads",
                    "latency p50 / p99", "answered/s", "messages/op");
            for (Row row : rows) {
                RunResult r = row.result();
                t.row(row.configuration(), row.redundancy().label(), String.format(Locale.ROOT, "%.1f %%", 100 * r.transparency()),
                        r.judgement().verdict().label(), r.check().unavailable(), r.check().wrongReads(),
                        Time.format(r.latency().all().p50()) + " / " + Time.format(r.latency().all().p99()),
                        String.format(Locale.ROOT, "%.1f", r.latency().throughput()), String.format(Locale.ROOT, "%.2f", r.messagesPerOperation()));
            }
            out.println(DEFINITION);
            ReplicasReport.describe(base, rows.get(0).result()).stream().filter(l -> !l.startsWith("cluster")).forEach(out::println);
            out.println();
            out.print(t.text());
        }
        out.flush();
        return 0;
    }

    static final String DEFINITION = "transparent: the share of operations whose result a single correct counter could have "
            + "given (writes acknowledged; reads answered within the checker's bounds); a single counter always answers.";
}
