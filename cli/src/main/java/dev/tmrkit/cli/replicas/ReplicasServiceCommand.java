package dev.tmrkit.cli.replicas;

import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.cli.output.Format;
import dev.tmrkit.cli.output.FormatOption;
import dev.tmrkit.cli.output.Json;
import dev.tmrkit.cli.output.Table;
import dev.tmrkit.stateful.service.Dispatch;
import dev.tmrkit.stateful.service.ServiceRun;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmrkit replicas service}: round-robin composition beside voting, for a stateless replicated service. */
@Command(name = "service", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"A stateless replicated service (the gate lifted: a pure function served by N replicas, one request at "
                + "a time each) behind a dispatcher that spreads requests round-robin or sends each to every replica and votes. "
                + "Both run on the same arrivals and faults; printed side by side: correct, wrong and unavailable answers, "
                + "latency, throughput, capacity and work per request.",
            "Example: tmrkit replicas service --rate 500 --flip 2@2s:3 --crash 1@3s"})
public final class ReplicasServiceCommand implements Callable<Integer> {
    @Option(names = "--servers", defaultValue = "3", description = "Replicas (default: ${DEFAULT-VALUE}).")
    int servers;

    @Option(names = "--rate", defaultValue = "500", paramLabel = "PER_S", description = "Requests per second (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--service", defaultValue = "1ms", paramLabel = "TIME", description = "Mean service time (default: ${DEFAULT-VALUE}).")
    String service;

    @Option(names = "--duration", defaultValue = "5s", paramLabel = "TIME", description = "Arrivals for TIME (default: ${DEFAULT-VALUE}).")
    String duration;

    @Option(names = "--timeout", defaultValue = "100ms", paramLabel = "TIME", description = "Request timeout (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--crash", paramLabel = "NODE@TIME", description = "Crash-stop replica NODE at TIME (repeatable).")
    List<String> crashes = new ArrayList<>();

    @Option(names = "--flip", paramLabel = "NODE@TIME:BIT", description = "From TIME on, replica NODE answers with BIT inverted (repeatable).")
    List<String> flips = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the arrivals and the network (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    FormatOption.TableCsvJson format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Fault> faults = new ArrayList<>();
        for (String c : crashes) {
            Fault.Crash crash = ReplicaFaultSpecs.crash(c, true);
            if (crash.recovers()) {
                throw new UserException("--crash takes NODE@TIME here (crash-stop), not '" + c + "'");
            }
            faults.add(crash);
        }
        for (String f : flips) {
            Fault.Flip flip = ReplicaFaultSpecs.flip(f);
            if (flip.bit() == Fault.Flip.ANY_BIT) {
                throw new UserException("--flip takes NODE@TIME:BIT here, not '" + f + "'");
            }
            faults.add(flip);
        }
        for (Fault f : faults) {
            int node = f instanceof Fault.Crash c ? c.node() : ((Fault.Flip) f).node();
            if (node >= servers) {
                throw new UserException("replica " + node + " does not exist: --servers is " + servers);
            }
        }
        ServiceRun.Setup setup;
        try {
            setup = new ServiceRun.Setup(Dispatch.ROUND_ROBIN, servers, rate, ReplicaOptions.time("--service", service), ReplicaOptions.time("--duration", duration),
                    ReplicaOptions.time("--timeout", timeout), faults, seed);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        List<ServiceRun.Result> runs = new ArrayList<>();
        for (Dispatch d : Dispatch.values()) {
            runs.add(ServiceRun.run(setup.with(d)));
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Row> rows = rows();
        if (format.get() == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seed", seed);
            m.put("faults", faults.stream().map(ReplicasReport::fault).toList());
            for (ServiceRun.Result r : runs) {
                Map<String, Object> o = new LinkedHashMap<>();
                rows.forEach(row -> o.put(row.key(), row.json().apply(r)));
                m.put(r.setup().dispatch().label(), o);
            }
            out.println(Json.write(m));
        } else {
            Table t = new Table("metric", Dispatch.ROUND_ROBIN.label(), Dispatch.VOTING.label());
            rows.forEach(row -> t.row(row.label(), row.text().apply(runs.get(0)), row.text().apply(runs.get(1))));
            if (format.get() == Format.csv) {
                out.print(t.csv());
            } else {
                out.println(String.format(Locale.ROOT, "service    %d replicas of a pure function, mean service %s each, one request at "
                        + "a time; %.0f requests/s for %s, timeout %s; faults %s; seed %d", servers, Time.format(setup.meanService()), rate,
                        Time.format(setup.duration()), Time.format(setup.timeout()), faults.isEmpty() ? "none"
                                : String.join("; ", faults.stream().map(ReplicasReport::fault).toList()), seed));
                out.println();
                out.print(t.text());
            }
        }
        out.flush();
        return 0;
    }

    private record Row(String key, String label, Function<ServiceRun.Result, Object> json, Function<ServiceRun.Result, String> text) {
    }

    private static List<Row> rows() {
        return List.of(
                new Row("requests", "requests", ServiceRun.Result::requests, r -> "" + r.requests()),
                new Row("correct", "correct answers", ServiceRun.Result::correct, r -> "" + r.correct()),
                new Row("wrong", "wrong answers (not masked)", ServiceRun.Result::wrong, r -> "" + r.wrong()),
                new Row("unavailable", "unavailable (no answer in time, or no majority)", ServiceRun.Result::unavailable,
                        r -> "" + r.unavailable()),
                new Row("latencyP50us", "latency p50 / p99 / max", r -> r.latency().p50(),
                        r -> r.latency().count() == 0 ? "-" : Time.format(r.latency().p50()) + " / " + Time.format(r.latency().p99()) + " / "
                                + Time.format(r.latency().max())),
                new Row("throughput", "throughput (correct answers per second)", ServiceRun.Result::throughput,
                        r -> String.format(Locale.ROOT, "%.1f", r.throughput())),
                new Row("capacity", "capacity (requests per second the replicas can serve)", ServiceRun.Result::capacity,
                        r -> String.format(Locale.ROOT, "%.0f", r.capacity())),
                new Row("workPerRequestUs", "replica work per request", ServiceRun.Result::workPerRequest,
                        r -> Time.format(Math.round(r.workPerRequest()))),
                new Row("traceHash", "trace hash", r -> String.format("%016x", r.traceHash()), r -> String.format("%016x", r.traceHash())));
    }
}
