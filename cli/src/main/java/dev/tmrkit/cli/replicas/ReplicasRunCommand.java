package dev.tmrkit.cli.replicas;

import dev.tmrkit.cli.options.SeedOption;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.FormatOption;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.output.OutputFiles;
import dev.tmrkit.cli.plot.ChartFiles;
import dev.tmrkit.cli.plot.ReplicaPlots;
import dev.tmrkit.stateful.check.History;
import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.run.Cluster;
import dev.tmrkit.stateful.run.ReplicaValues;
import dev.tmrkit.stateful.run.RunResult;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.engine.TraceEvent;
import dev.tmrkit.stateful.sim.engine.TraceListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmrkit replicas run}: one configuration of a replicated counter, simulated and checked. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulate one configuration of a replicated counter: clients increment, reset and read it while faults "
                + "strike; then check every read in the manner of Jepsen's counter checker and measure lag, messages and "
                + "missed threshold crossings. The same --seed gives the same trace (its hash is printed).",
            "Nodes: replicas n0.. then spares; clients and observers are never faulted.",
            "Exit codes (as Maelstrom's): 0 valid (linearizable, nothing lost or double-counted), 1 invalid, 3 unknown "
                    + "(the linearizability search gave up), 2 bad input."})
public final class ReplicasRunCommand implements Callable<Integer> {
    @Option(names = "--redundancy", defaultValue = "static", paramLabel = "REDUNDANCY", converter = ReplicaChoices.Redundancies.class,
            completionCandidates = ReplicaChoices.Redundancies.class,
            description = "Static: a fixed set and a voter; dynamic: failure detection, spares, elections (${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE}).")
    Redundancy redundancy;

    @Mixin
    ReplicaOptions options;

    @Option(names = "--trace", paramLabel = "FILE", description = "Write every event as one JSON object per line to FILE.")
    Path trace;

    @Option(names = "--plot", paramLabel = "FILE.png|svg",
            description = "Draw each replica's value minus the true count over time into FILE, and each replica's "
                    + "replication lag over time into FILE-lag.png (or .svg).")
    Path plot;

    @Option(names = "--timeline", paramLabel = "FILE.svg",
            description = "Draw a space-time diagram of the run's start: a lane per node, an arrow per delivered message, "
                    + "crashes, recoveries, flips and partitions (at most " + Timeline.MAX_ARROWS + " messages).")
    Path timeline;

    @Option(names = "--timeline-span", defaultValue = "100ms", paramLabel = "TIME",
            description = "How much of the run the timeline shows, from time 0 (default: ${DEFAULT-VALUE}).")
    String timelineSpan;

    @Mixin
    FormatOption.TableCsvJson format;

    @Mixin
    SeedOption run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Redundancy r = redundancy;
        Scenario s = ReplicaOptions.build(options.builder(run.seed).redundancy(r));
        if (timeline != null && !timeline.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            throw new UserException("--timeline takes a .svg file, not '" + timeline + "'");
        }
        OutputFiles.checkPlot(plot);
        OutputFiles.checkWritable(plot == null ? null : lagFile(plot));
        OutputFiles.checkWritable(timeline);
        long span = timelineSpan();
        Timeline diagram = timeline == null ? null : new Timeline(span);
        ReplicaValues values = plot == null ? null : new ReplicaValues();
        History[] history = new History[1];
        Function<TraceListener, RunResult> go = listener -> {
            TraceListener all = both(listener, diagram);
            if (values != null) {
                return Cluster.run(s, all, h -> history[0] = h, values);
            }
            return all == null ? Cluster.run(s) : Cluster.run(s, all);
        };
        RunResult result = trace == null ? go.apply(null) : TraceFile.write(trace, go);
        if (diagram != null) {
            OutputFiles.write(timeline, diagram.svg(String.format(java.util.Locale.ROOT,
                    "Space-time diagram of %s, seed %d: the first %s ms", r.label(), s.seed(), number(span / 1000.0)), result.faults()));
        }
        if (plot != null) {
            writePlots(r, s, result, values, history[0]);
        }
        dev.tmrkit.stateful.run.AckLag ackLag = dev.tmrkit.stateful.run.AckLag.of(s);
        PrintWriter out = spec.commandLine().getOut();
        if (format.get() == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seed", s.seed());
            m.put("verdict", result.judgement().verdict().label());
            m.put("traceHash", ReplicasReport.hash(result));
            m.put("definition", ReplicasReport.definition(r));
            m.put("trueCount", ReplicasReport.TRUE_COUNT);
            m.put("scenario", ReplicasReport.scenarioJson(s, result));
            m.put("result", ReplicasReport.json(result));
            m.put("replicas", ReplicasReport.replicasJson(result));
            m.put("lagFromAcknowledgement", ReplicasReport.ackLagJson(ackLag));
            out.println(Json.write(m));
        } else if (format.get() == Format.csv) {
            out.print(dev.tmrkit.cli.output.Records.columns(Map.of(r.label(), ReplicasReport.json(result))));
        } else {
            out.println(ReplicasReport.definition(r));
            ReplicasReport.describe(s, result).forEach(out::println);
            out.println("trace      hash " + ReplicasReport.hash(result) + ", " + result.events() + " events"
                    + (trace != null ? ", written to " + trace : ""));
            out.println();
            out.print(ReplicasReport.table(s, List.of(r.label()), List.of(result)).text());
            out.println();
            ReplicasReport.window(result).forEach(out::println);
            out.println();
            out.print(ReplicasReport.replicas(result).text());
            out.println();
            ReplicasReport.ackLag(ackLag).forEach(out::println);
            out.println();
            out.println(ReplicasReport.TRUE_COUNT);
        }
        out.flush();
        return result.judgement().verdict().exitCode();
    }

    private long timelineSpan() {
        try {
            long span = Time.parse(timelineSpan);
            if (span <= 0) {
                throw new UserException("--timeline-span must be positive, got '" + timelineSpan + "'");
            }
            return span;
        } catch (IllegalArgumentException e) {
            throw new UserException("--timeline-span: " + e.getMessage());
        }
    }

    /** FILE.png → FILE-lag.png. */
    static Path lagFile(Path plot) {
        String name = plot.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return plot.resolveSibling(name.substring(0, dot) + "-lag" + name.substring(dot));
    }

    private void writePlots(Redundancy r, Scenario s, RunResult result, ReplicaValues values, History h) {
        List<String> names = new ArrayList<>();
        List<long[]> times = new ArrayList<>();
        List<long[]> vals = new ArrayList<>();
        for (int i = 0; i < values.replicas(); i++) {
            names.add("n" + i + (i >= s.replicas() ? " (spare)" : ""));
            times.add(values.times(i));
            vals.add(values.values(i));
        }
        long[][] truth = trueCount(h);
        String what = r.label() + " redundancy, seed " + s.seed();
        try {
            OutputFiles.write(plot, ChartFiles.encode(ReplicaPlots.deviation("Replica value − true count over time ("
                    + what + "; true count = increments issued since the last reset)", names, times, vals, truth[0], truth[1]), plot));
            Path lag = lagFile(plot);
            OutputFiles.write(lag, ChartFiles.encode(ReplicaPlots.lag("Replication lag over time, per replica (" + what + ")",
                    result.lag(), s.replicas()), lag));
        } catch (IOException e) {
            throw new UserException("cannot write '" + plot + "': " + e.getMessage(), e);
        }
    }

    /**
     * The true count over time: the increments clients issued since the last reset issued, changing at each
     * invocation (the counter a zero-delay, fault-free system would hold). Times and values.
     */
    static long[][] trueCount(History h) {
        long[] t = new long[h.size()];
        long[] v = new long[h.size()];
        int n = 0;
        long count = 0;
        for (int op = 0; op < h.size(); op++) {
            History.Kind k = h.kind(op);
            if (k == History.Kind.READ) {
                continue;
            }
            count = k == History.Kind.RESET ? 0 : count + h.amount(op);
            t[n] = h.invoked(op);
            v[n++] = count;
        }
        return new long[][] {java.util.Arrays.copyOf(t, n), java.util.Arrays.copyOf(v, n)};
    }

    private static TraceListener both(TraceListener a, TraceListener b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return new TraceListener() {
            @Override
            public void event(TraceEvent e) {
                a.event(e);
                b.event(e);
            }

            @Override
            public void sent(long time, String from, String to, Object message, int copies) {
                a.sent(time, from, to, message, copies);
                b.sent(time, from, to, message, copies);
            }
        };
    }

    private static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

}
