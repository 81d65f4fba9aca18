package dev.tmrkit.stateful.run;

import dev.tmrkit.stateful.check.CheckResult;
import dev.tmrkit.stateful.check.CounterChecker;
import dev.tmrkit.stateful.check.History;
import dev.tmrkit.stateful.check.Judgement;
import dev.tmrkit.stateful.measure.Latency;
import dev.tmrkit.stateful.check.ThresholdMonitor;
import dev.tmrkit.stateful.protocol.ClusterConfig;
import dev.tmrkit.stateful.protocol.Op;
import dev.tmrkit.stateful.protocol.View;
import dev.tmrkit.stateful.replica.Client;
import dev.tmrkit.stateful.replica.Observer;
import dev.tmrkit.stateful.replica.Replica;
import dev.tmrkit.stateful.replica.ViewService;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.run.scenario.Workload;
import dev.tmrkit.stateful.sim.Streams;
import dev.tmrkit.stateful.sim.engine.Simulator;
import dev.tmrkit.stateful.sim.engine.TraceListener;
import dev.tmrkit.stateful.sim.fault.FaultSchedule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a {@link Scenario}: splits the seed into the workload, network and fault streams, draws the
 * workload schedule and the random faults, wires replicas {@code n0..}, spares, clients {@code c0..},
 * observers {@code o0..} and (dynamic) the view service {@code views} into a simulator, runs it to the
 * end of the settling time, and checks and measures the outcome.
 */
public final class Cluster {
    private Cluster() {
    }

    /** Runs {@code s}. */
    public static RunResult run(Scenario s) {
        return run(s, null);
    }

    /** Runs {@code s}, reporting every event to {@code trace} (null: none). */
    public static RunResult run(Scenario s, TraceListener trace) {
        return run(s, trace, h -> { });
    }

    /** What {@link #simulate} returns: the events processed and the trace hash. */
    public record Simulated(long events, long traceHash) {
    }

    /**
     * Runs the simulation of {@code s} only, without checking or measuring the outcome (for
     * benchmarks): the same events and trace hash as {@link #run}.
     */
    public static Simulated simulate(Scenario s) {
        Wired w = wire(s);
        w.sim.run(s.duration() + s.settle());
        return new Simulated(w.sim.events(), w.sim.traceHash());
    }

    /** Runs {@code s}, reporting every event to {@code trace} (null: none) and handing the history to {@code history}. */
    public static RunResult run(Scenario s, TraceListener trace, Consumer<History> history) {
        Wired w = wire(s);
        w.sim.trace(trace);
        w.sim.run(s.duration() + s.settle());
        history.accept(w.recorder.history);
        return result(s, w.faults, w.schedule, w.config, w.recorder, w.sim, w.views);
    }

    /**
     * As {@link #run(Scenario, TraceListener, Consumer)}, also sampling every replica's value into
     * {@code values} after each event it handles (slower: only for pictures).
     */
    public static RunResult run(Scenario s, TraceListener trace, Consumer<History> history, ReplicaValues values) {
        Wired w = wire(s);
        int replicas = w.config.replicaNodes();
        values.init(replicas);
        for (int i = 0; i < replicas; i++) {
            values.sample(i, 0, ((Replica) w.sim.node(i)).value());
        }
        TraceListener sampling = new TraceListener() {
            private int last = -1;
            private long lastTime;

            @Override
            public void event(dev.tmrkit.stateful.sim.engine.TraceEvent e) {
                takeSample();
                String name = e.node();
                last = -1;
                if (name.length() > 1 && name.charAt(0) == 'n') {
                    int id = Integer.parseInt(name, 1, name.length(), 10);
                    last = id < replicas ? id : -1;
                }
                lastTime = e.time();
                if (trace != null && e.seq() >= 0) {
                    trace.event(e);
                }
            }

            @Override
            public void sent(long time, String from, String to, Object message, int copies) {
                if (trace != null) {
                    trace.sent(time, from, to, message, copies);
                }
            }

            void takeSample() {
                if (last >= 0) {
                    values.sample(last, lastTime, ((Replica) w.sim.node(last)).value());
                }
            }
        };
        w.sim.trace(sampling);
        w.sim.run(s.duration() + s.settle());
        sampling.event(new dev.tmrkit.stateful.sim.engine.TraceEvent(w.sim.now(), -1, null, "end", null, null, false));
        history.accept(w.recorder.history);
        return result(s, w.faults, w.schedule, w.config, w.recorder, w.sim, w.views);
    }

    /** A scenario wired into a simulator, ready to run. */
    record Wired(Workload.Schedule schedule, FaultSchedule faults, ClusterConfig config, Recorder recorder,
                         Simulator sim, ViewService views) {
    }

    private static Wired wire(Scenario s) {
        return wire(s, false);
    }

    /** Wires {@code s}; for a client library ({@code library}), the clients issue nothing on their own. */
    static Wired wire(Scenario s, boolean library) {
        return wire(s, library, false);
    }

    /** As above; with {@code versions}, the recorder also logs every replica's versions (for {@link AckLag}). */
    static Wired wire(Scenario s, boolean library, boolean versions) {
        Streams streams = Streams.of(s.seed());
        Workload.Schedule schedule = s.workload().schedule(s.duration(), streams.workload());
        FaultSchedule faults = faultsOf(s, streams);
        ClusterConfig config = s.clusterConfig();
        Recorder recorder = new Recorder(config.replicaNodes(), config.replicas(), s.periods(), s.duration(), schedule.operations(),
                schedule.writeTimes().length, versions);
        Simulator sim = new Simulator(s.network(), faults, streams.network());
        for (int i = 0; i < config.replicaNodes(); i++) {
            int id = i;
            sim.add("n" + i, new Replica(config, recorder, i), () -> Replica.restartedEmpty(config, recorder, id));
        }
        for (int c = 0; c < config.clients(); c++) {
            Workload.ClientOps ops = schedule.clients().get(c);
            long[] times = library ? new long[0] : ops.times();
            Op[] list = library ? new Op[0] : ops.ops();
            if (c == 0 && !library) {
                times = Arrays.copyOf(times, times.length + 1);
                list = Arrays.copyOf(list, list.length + 1);
                times[times.length - 1] = s.duration() + s.settle() / 2;
                list[list.length - 1] = new Op.Read();
            }
            sim.add("c" + c, new Client(config, recorder, c, times, list), never());
        }
        for (int o = 0; o < s.periods().size(); o++) {
            sim.add("o" + o, new Observer(config, recorder, o, s.observed(), s.periods().get(o)), never());
        }
        ViewService views = null;
        if (config.dynamic()) {
            views = new ViewService(config, recorder);
            sim.add("views", views, never());
        }
        return new Wired(schedule, faults, config, recorder, sim, views);
    }

    /**
     * The writes in the order replicas first applied them, with their codes: the counter's real order
     * (in single-leader replication, the leader's), not the clients' issue order.
     */
    static long[][] appliedOrder(History h) {
        int n = 0;
        int[] writes = new int[h.size()];
        long[] first = new long[h.size()];
        for (int i = 0; i < h.size(); i++) {
            first[i] = h.firstApplied(i);
            if (h.kind(i) != History.Kind.READ && first[i] >= 0) {
                writes[n++] = i;
            }
        }
        int[] order = dev.tmrkit.stateful.check.CounterChecker.sortBy(Arrays.copyOf(writes, n), first);
        long[] times = new long[n];
        long[] codes = new long[n];
        for (int k = 0; k < n; k++) {
            int w = order[k];
            times[k] = first[w];
            codes[k] = h.kind(w) == History.Kind.RESET ? Op.RESET_CODE : h.amount(w);
        }
        return new long[][] {times, codes};
    }

    /**
     * A run with what the compare report explains its figures by: the history, the views over time and
     * the messages to and from the view service (0 in static redundancy).
     */
    public record Observed(RunResult result, History history, dev.tmrkit.stateful.check.Membership membership,
                           long controlMessages) {
    }

    /** Runs {@code s} keeping its history and membership. */
    public static Observed observe(Scenario s) {
        Wired w = wire(s);
        w.sim.run(s.duration() + s.settle());
        RunResult r = result(s, w.faults, w.schedule, w.config, w.recorder, w.sim, w.views);
        long control = 0;
        if (w.views != null) {
            int v = w.config.viewService();
            for (int n = 0; n < w.sim.nodeCount(); n++) {
                control += w.sim.messages(v, n) + w.sim.messages(n, v);
            }
        }
        return new Observed(r, w.recorder.history, w.recorder.membership.build(w.config.initialView()), control);
    }

    /** A run with its history and version log (for {@link AckLag}). */
    record Logged(RunResult result, History history, VersionLog versions) {
    }

    /** Runs {@code s} logging every replica's versions. */
    static Logged runLogged(Scenario s) {
        Wired w = wire(s, false, true);
        w.sim.run(s.duration() + s.settle());
        RunResult r = result(s, w.faults, w.schedule, w.config, w.recorder, w.sim, w.views);
        return new Logged(r, w.recorder.history, w.recorder.versions());
    }

    /** The listed faults, with flip bits drawn, plus those drawn from the rates, from the fault stream. */
    static FaultSchedule faultsOf(Scenario s, Streams streams) {
        int nodes = s.replicas() + s.spares();
        FaultSchedule listed = s.faults().withBitsDrawn(streams.faults().split(), s.faultRates().flipBits());
        return listed.plus(s.faultRates().draw(java.util.stream.IntStream.range(0, nodes).boxed().toList(), s.duration(),
                streams.faults().split()));
    }

    private static Supplier<dev.tmrkit.stateful.sim.Node> never() {
        return () -> {
            throw new IllegalStateException("only replicas crash");
        };
    }

    private static RunResult result(Scenario s, FaultSchedule faults, Workload.Schedule schedule, ClusterConfig config,
                                    Recorder recorder, Simulator sim, ViewService views) {
        CounterChecker.Bounds bounds = CounterChecker.bounds(recorder.history);
        CheckResult check = CounterChecker.check(recorder.history, s.duration(), bounds);
        Judgement judgement = Judgement.of(recorder.history, bounds, dev.tmrkit.stateful.check.Linearizability.DEFAULT_BUDGET);
        long[][] applied = appliedOrder(recorder.history);
        List<ThresholdMonitor.Episode> episodes = ThresholdMonitor.episodes(applied[0], applied[1], Op.RESET_CODE, s.threshold(),
                s.duration());
        List<ThresholdMonitor.Crossings> crossings = new ArrayList<>();
        for (int o = 0; o < s.periods().size(); o++) {
            long[] seen = ThresholdMonitor.sightings(recorder.observedTimes(o), recorder.observedValues(o),
                    recorder.observedCount(o), s.threshold());
            crossings.add(ThresholdMonitor.compare(s.periods().get(o), episodes, seen, s.timing().opTimeout()));
        }
        long observerMessages = 0;
        for (int o = 0; o < s.periods().size(); o++) {
            int id = config.observer(o);
            for (int n = 0; n < sim.nodeCount(); n++) {
                observerMessages += sim.messages(id, n) + sim.messages(n, id);
            }
        }
        View finalView = views != null ? views.view() : config.initialView();
        List<RunResult.ReplicaEnd> ends = new ArrayList<>();
        for (int i = 0; i < config.replicaNodes(); i++) {
            Replica r = (Replica) sim.node(i);
            ends.add(new RunResult.ReplicaEnd(i, sim.isUp(i), finalView.isMember(i), r.active(), r.value(), r.version()));
        }
        return new RunResult(s, faults, sim.traceHash(), sim.events(), recorder.history.size(),
                sim.messages() - observerMessages, check, recorder.lag.report(), crossings, recorder.viewChanges,
                recorder.sparesUsed, recorder.transfers, ends, judgement, Latency.of(recorder.history, s.duration()),
                views != null ? views.removals() : new ViewService.Removals(0, 0, 0), views != null ? views.readmitted() : 0);
    }
}
