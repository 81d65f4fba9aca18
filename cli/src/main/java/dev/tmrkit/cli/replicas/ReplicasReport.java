package dev.tmrkit.cli.replicas;

import dev.tmrkit.cli.output.Table;
import dev.tmrkit.stateful.check.CheckResult;
import dev.tmrkit.stateful.measure.LagReport;
import dev.tmrkit.stateful.measure.LagStats;
import dev.tmrkit.stateful.check.Linearizability;
import dev.tmrkit.stateful.check.ThresholdMonitor;
import dev.tmrkit.stateful.check.Verdict;
import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.protocol.Replication;
import dev.tmrkit.stateful.protocol.Topology;
import dev.tmrkit.stateful.run.RunResult;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The reports of {@code replicas run} and {@code replicas compare}: definitions, scenario, metrics. */
public final class ReplicasReport {
    static final String STATIC = "static redundancy: the set of replicas and their interactions never change during the run; "
            + "every read is voted over all replicas (value majority, with the bitwise word voter of gates beside it).";
    static final String DYNAMIC = "dynamic redundancy: the set changes; a view service detects failures (missed heartbeats, "
            + "or a replica the voter outvoted), replaces a failed replica by a spare that receives state (snapshot or log "
            + "replay) and elects a new leader.";
    static final String REMOVALS = "removed (dynamic): silent = no heartbeat for the failure timeout (a crash, a send omission, or "
            + "a partition cutting it off from the view service: these look alike from there); deaf = heartbeats arrive but never "
            + "acknowledge the current view (a receive omission); outvoted = its value differed at the majority's state identity.";
    static final String TRUE_COUNT = "a read equals the true count when a correct counter could have returned it: at least "
            + "the increments acknowledged before it began, at most those attempted before it ended, since the last reset.";

    private ReplicasReport() {
    }

    /** One metric: its JSON key, its label, and how to print it from a run. */
    private record Metric(String key, String label, java.util.function.Function<RunResult, Object> json,
                          java.util.function.Function<RunResult, String> text) {
    }

    private static List<Metric> metrics(Scenario s) {
        List<Metric> m = new ArrayList<>();
        m.add(new Metric("seed", "seed", r -> r.scenario().seed(), r -> "" + r.scenario().seed()));
        m.add(new Metric("operations", "operations", RunResult::operations, r -> "" + r.operations()));
        m.add(new Metric("verdict", "verdict (exit code)", r -> r.judgement().verdict().label(),
                r -> r.judgement().verdict().label() + " (" + r.judgement().verdict().exitCode() + ")"));
        m.add(new Metric("linearizable", "linearizable (whole history)", r -> r.judgement().linearizability().verdict().label(),
                r -> linearizable(r.judgement().linearizability())));
        m.add(new Metric("readsLosing", "reads missing acknowledged increments (most)", r -> r.judgement().readsLosing(),
                r -> r.judgement().readsLosing() + " (" + r.judgement().maxLost() + ")"));
        m.add(new Metric("readsDoubling", "reads above every attempted increment (most)", r -> r.judgement().readsDoubling(),
                r -> r.judgement().readsDoubling() + " (" + r.judgement().maxDoubled() + ")"));
        m.add(new Metric("readsEqualTrueCount", "reads equal to the true count", r -> r.check().correctFraction(),
                r -> String.format(Locale.ROOT, "%.1f %% (%d of %d)", 100 * r.check().correctFraction(), r.check().correctReads(),
                        r.check().reads())));
        m.add(new Metric("staleReads", "wrong reads: stale (below the acknowledged)", r -> r.check().staleReads(),
                r -> "" + r.check().staleReads()));
        m.add(new Metric("inflatedReads", "wrong reads: inflated (above the attempted)", r -> r.check().inflatedReads(),
                r -> "" + r.check().inflatedReads()));
        m.add(new Metric("noMajorityReads", "reads with no majority", r -> r.check().noMajorityReads(),
                r -> "" + r.check().noMajorityReads()));
        m.add(new Metric("voterDisagreements", "value and bitwise voters disagree (bitwise right)", r -> r.check().voterDisagreements(),
                r -> r.check().voterDisagreements() + " (" + r.check().bitwiseRight() + ")"));
        m.add(new Metric("unavailable", "unavailable operations", r -> r.check().unavailable(),
                r -> r.check().unavailable() + " of " + r.operations()));
        m.add(new Metric("lostIncrements", "lost increments (final read)", r -> r.check().finalAvailable() ? r.check().lostIncrements() : null,
                r -> r.check().finalAvailable() ? "" + r.check().lostIncrements() : "unknown"));
        m.add(new Metric("doubleCounted", "double-counted increments (final read)",
                r -> r.check().finalAvailable() ? r.check().doubleCounted() : null,
                r -> r.check().finalAvailable() ? "" + r.check().doubleCounted() : "unknown"));
        m.add(new Metric("replicasOverCounting", "replicas ending above the attempted / below the acknowledged",
                r -> replicasOff(r),
                r -> r.replicasOverCounting() + " / " + r.replicasUnderCounting()));
        m.add(new Metric("finalRead", "final read [bounds]", r -> r.check().finalAvailable() ? r.check().finalRead() : null,
                r -> (r.check().finalAvailable() ? "" + r.check().finalRead() : "no answer") + " [" + r.check().finalLower() + ", "
                        + r.check().finalUpper() + "]"));
        m.add(new Metric("messagesPerOperation", "messages per operation", RunResult::messagesPerOperation,
                r -> String.format(Locale.ROOT, "%.2f", r.messagesPerOperation())));
        m.add(new Metric("latency", "latency p50 / p99 / max (answered operations)", r -> lagJson(r.latency().all()),
                r -> lag(r.latency().all())));
        m.add(new Metric("latencyIncrements", "  increments", r -> lagJson(r.latency().increments()), r -> lag(r.latency().increments())));
        m.add(new Metric("latencyResets", "  resets", r -> lagJson(r.latency().resets()), r -> lag(r.latency().resets())));
        m.add(new Metric("latencyReads", "  reads", r -> lagJson(r.latency().reads()), r -> lag(r.latency().reads())));
        m.add(new Metric("throughput", "throughput (answered operations per second)", r -> r.latency().throughput(),
                r -> String.format(Locale.ROOT, "%.1f", r.latency().throughput())));
        m.add(new Metric("propagation", "propagation delay (commit to apply) p50 / p99 / max", r -> lagJson(r.lag().all()), r -> lag(r.lag().all())));
        m.add(new Metric("propagationNormal", "  by normal propagation", r -> lagJson(r.lag().inherent()), r -> lag(r.lag().inherent())));
        m.add(new Metric("propagationImpaired", "  by a fault-shaped path (retry, impaired delivery, transfer)", r -> lagJson(r.lag().imposed()), r -> lag(r.lag().imposed())));
        for (int i = 0; i < s.periods().size(); i++) {
            int k = i;
            long p = s.periods().get(i);
            m.add(new Metric("missedCrossings" + (p == 0 ? "Watching" : "Every" + Time.format(p).replace(" ", "")),
                    "missed crossings > " + s.threshold() + (p == 0 ? " (watching)" : " (every " + Time.format(p) + ")"),
                    r -> r.crossings().get(k).missed(), r -> crossings(r.crossings().get(k))));
        }
        m.add(new Metric("firstBadRead", "first wrong or unavailable read", r -> r.check().firstBadRead() < 0 ? null : r.check().firstBadRead(),
                r -> r.check().firstBadRead() < 0 ? "none" : "at " + Time.format(r.check().firstBadRead())));
        m.add(new Metric("firstWrongRead", "first wrong read", r -> r.check().firstWrongRead() < 0 ? null : r.check().firstWrongRead(),
                r -> r.check().firstWrongRead() < 0 ? "none" : "at " + Time.format(r.check().firstWrongRead())));
        m.add(new Metric("sparesConsumed", "spares consumed", RunResult::sparesConsumed, r -> "" + r.sparesConsumed()));
        m.add(new Metric("viewChanges", "view changes", RunResult::viewChanges, r -> "" + r.viewChanges()));
        m.add(new Metric("removals", "removed: silent / deaf / outvoted (readmitted)", ReplicasReport::removals, r -> r.removals().silent() + " / " + r.removals().deaf()
                + " / " + r.removals().outvoted() + " (" + r.readmitted() + ")"));
        m.add(new Metric("transfers", "state transfers", RunResult::transfers, r -> "" + r.transfers()));
        m.add(new Metric("events", "events", RunResult::events, r -> "" + r.events()));
        m.add(new Metric("traceHash", "trace hash", r -> hash(r), ReplicasReport::hash));
        return m;
    }

    private static String linearizable(Linearizability.Result l) {
        return switch (l.verdict()) {
            case VALID -> "yes (" + l.operations() + " operations)";
            case UNKNOWN -> "unknown (" + l.reason() + ")";
            case INVALID -> "no: at " + Time.format(l.failedAt()) + ", window of " + l.window().size() + " operations";
        };
    }

    /** The linearizability verdict in words, and the minimal window when there is one. */
    static List<String> window(RunResult r) {
        Linearizability.Result l = r.judgement().linearizability();
        List<String> out = new ArrayList<>();
        out.add("checker    " + l.reason() + " (" + l.explored() + " configurations explored, at most " + l.widest() + " at once)");
        if (l.verdict() == Verdict.INVALID) {
            out.add("window     " + (l.fromAnyStart() ? "the smallest window (latest start) that no start value explains:"
                    : "no window short of the whole prefix fails from every start value; from 0:"));
            for (Linearizability.WindowOp w : l.window()) {
                out.add("  #" + w.index() + " " + w.what());
            }
        }
        return out;
    }

    /** The linearizability check as JSON. */
    static Map<String, Object> linearizabilityJson(Linearizability.Result l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verdict", l.verdict().label());
        m.put("reason", l.reason());
        m.put("operations", l.operations());
        m.put("explored", l.explored());
        m.put("failedOp", l.failedOp() < 0 ? null : l.failedOp());
        m.put("failedAtUs", l.failedAt() < 0 ? null : l.failedAt());
        m.put("valuesBefore", l.valuesBefore());
        m.put("windowFromAnyStart", l.fromAnyStart());
        List<Object> window = new ArrayList<>();
        for (Linearizability.WindowOp w : l.window()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("op", w.index());
            o.put("kind", w.kind().name().toLowerCase(Locale.ROOT));
            boolean read = w.kind() == dev.tmrkit.stateful.check.History.Kind.READ;
            o.put("value", read ? w.value() : null);
            o.put("amount", read ? null : w.amount());
            o.put("invokedUs", w.invoked());
            o.put("completedUs", w.deadline() == dev.tmrkit.stateful.check.History.NEVER ? null : w.deadline());
            o.put("optional", w.optional());
            window.add(o);
        }
        m.put("window", window);
        return m;
    }

    static String hash(RunResult r) {
        return String.format("%016x", r.traceHash());
    }

    private static String lag(LagStats s) {
        return s.count() == 0 ? "-" : Time.format(s.p50()) + " / " + Time.format(s.p99()) + " / " + Time.format(s.max());
    }

    /** Percentiles of a sample of delays in µs, none (null) when the sample is empty. */
    static Map<String, Object> lagJson(LagStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean any = s.count() > 0;
        m.put("samples", s.count());
        m.put("p50us", any ? s.p50() : null);
        m.put("p99us", any ? s.p99() : null);
        m.put("maxus", any ? s.max() : null);
        return m;
    }

    private static Map<String, Object> replicasOff(RunResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("aboveAttempted", r.replicasOverCounting());
        m.put("belowAcknowledged", r.replicasUnderCounting());
        return m;
    }

    private static Map<String, Object> removals(RunResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("silent", r.removals().silent());
        m.put("deaf", r.removals().deaf());
        m.put("outvoted", r.removals().outvoted());
        m.put("readmitted", r.readmitted());
        return m;
    }

    private static String crossings(ThresholdMonitor.Crossings c) {
        return c.missed() + " of " + c.episodes() + (c.falseAlarms() > 0 ? " (false alarms: " + c.falseAlarms() + ")" : "");
    }

    /** The lines that describe the scenario. */
    static List<String> describe(Scenario s, RunResult any) {
        List<String> out = new ArrayList<>();
        String quorum = s.replication() == Replication.SYNC ? "synchronous, parallel quorum (W=" + s.writeQuorum() + " of " + s.replicas() + ")"
                : s.replication() == Replication.CHAIN ? "synchronous, chain: one follower after another (W=" + s.writeQuorum() + " of "
                + s.replicas() + ")" : "asynchronous";
        out.add("cluster    " + s.replicas() + " replicas (n0..n" + (s.replicas() - 1) + ") + " + s.spares() + " spares; "
                + s.topology().label() + ", " + quorum + (s.topology() == Topology.LEADERLESS ? ", R=" + s.readQuorum() : "")
                + ", " + s.mode().label() + "-based" + (s.idempotent() ? ", idempotent" : "") + ", transfer by " + s.transfer().label());
        out.add(String.format(Locale.ROOT, "workload   %d clients, %.0f ops/s for %s: %.0f %% increments (1..%d), %.0f %% resets, "
                        + "%.0f %% reads; final read after %s", s.workload().clients(), s.workload().rate(), Time.format(s.duration()),
                100 * s.workload().increments(), s.workload().maxIncrement(), 100 * s.workload().resets(),
                100 * (1 - s.workload().increments() - s.workload().resets()), Time.format(s.settle() / 2)));
        out.add(String.format(Locale.ROOT, "network    delay %s to %s, loss %s, duplication %s, reordering %s, extra delay %s",
                Time.format(s.network().minDelay()), Time.format(s.network().maxDelay()), s.network().loss(), s.network().duplicate(),
                s.network().reorder(), s.network().extraDelay() == 0 ? "none" : "up to " + Time.format(s.network().extraDelay())));
        out.add("faults     " + (any == null ? "drawn per run" : any.faults().faults().isEmpty() ? "none"
                : any.faults().faults().stream().map(ReplicasReport::fault).collect(Collectors.joining("; "))));
        out.add("observers  threshold " + s.threshold() + " on n" + s.observed() + ", periods "
                + s.periods().stream().map(p -> p == 0 ? "watch" : Time.format(p)).collect(Collectors.joining(", ")));
        out.add("seed       " + s.seed());
        return out;
    }

    static String fault(Fault f) {
        if (f instanceof Fault.Crash c) {
            return "n" + c.node() + " crashes at " + Time.format(c.at())
                    + (c.recovers() ? ", recovers " + (c.durable() ? "with" : "without") + " its state at " + Time.format(c.recoverAt()) : "");
        } else if (f instanceof Fault.Flip x) {
            return "bit " + x.bit() + " of n" + x.node() + " flips at " + Time.format(x.at());
        } else if (f instanceof Fault.Pause x) {
            return "n" + x.node() + " pauses " + Time.format(x.at()) + "-" + Time.format(x.to());
        } else if (f instanceof Fault.Skew k) {
            return "n" + k.node() + "'s clock " + (k.offset() != 0 ? "jumps " + (k.offset() > 0 ? "ahead " : "back ")
                    + Time.format(Math.abs(k.offset())) + (k.rate() != 1 ? " and " : "") : "")
                    + (k.rate() != 1 ? "runs at " + new java.math.BigDecimal(k.rate()).round(new java.math.MathContext(3))
                    .stripTrailingZeros().toPlainString() + "x" : "") + " " + Time.format(k.at()) + "-" + Time.format(k.to());
        } else if (f instanceof Fault.Omission o) {
            return "n" + o.node() + " omits (" + o.direction().name().toLowerCase(Locale.ROOT) + ") " + Time.format(o.at()) + "-"
                    + Time.format(o.to());
        }
        Fault.Partition p = (Fault.Partition) f;
        return "partition " + p.groups().stream().map(g -> g.stream().map(n -> "n" + n).collect(Collectors.joining(",")))
                .collect(Collectors.joining(" | ")) + " " + Time.format(p.at()) + "-" + Time.format(p.to());
    }

    /** The metrics of runs side by side: one column per run. */
    static Table table(Scenario s, List<String> columns, List<RunResult> runs) {
        List<String> header = new ArrayList<>(List.of("metric"));
        header.addAll(columns);
        Table t = new Table(header.toArray(new String[0]));
        for (Metric m : metrics(s)) {
            List<Object> row = new ArrayList<>(List.of(m.label()));
            runs.forEach(r -> row.add(m.text().apply(r)));
            t.row(row.toArray());
        }
        return t;
    }

    /** The metrics whose printed values differ between {@code a} and {@code b}: key and label, in table order. */
    static List<Map.Entry<String, String>> differing(Scenario s, RunResult a, RunResult b) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Metric m : metrics(s)) {
            if (!m.text().apply(a).equals(m.text().apply(b))) {
                out.add(Map.entry(m.key(), m.label().strip()));
            }
        }
        return out;
    }

    /** The metrics of one run as JSON values. */
    static Map<String, Object> json(RunResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("redundancy", r.scenario().redundancy().label());
        for (Metric metric : metrics(r.scenario())) {
            m.put(metric.key(), metric.json().apply(r));
        }
        CheckResult c = r.check();
        m.put("linearizability", linearizabilityJson(r.judgement().linearizability()));
        m.put("reads", c.reads());
        m.put("finalLower", c.finalLower());
        m.put("finalUpper", c.finalUpper());
        return m;
    }

    /** Per replica: its end state and lag, and the largest lag in each twentieth of the run (lag over time). */
    static Table replicas(RunResult r) {
        Table t = new Table("replica", "up", "member", "value", "version", "propagation normal p50/p99/max", "fault-shaped p50/p99/max",
                "max propagation delay per 1/20 of the run (ms)");
        for (RunResult.ReplicaEnd e : r.replicas()) {
            LagReport.ReplicaLag lag = r.lag().replicas().get(e.node());
            String overTime = lag.maxByBucket().stream().map(v -> v == 0 ? "." : String.format(Locale.ROOT, "%.0f", v / 1000.0))
                    .collect(Collectors.joining(" "));
            String role = e.member() ? (e.active() ? "yes" : "joining") : e.node() < r.scenario().replicas() || e.version() > 0
                    ? "removed" : "spare";
            t.row("n" + e.node(), e.up() ? "yes" : "no", role, e.value(), e.version(), lag(lag.inherent()), lag(lag.imposed()), overTime);
        }
        return t;
    }

    /** Lag from acknowledgement per replica: this run, the fault-free twin (inherent), the excess (imposed). */
    static List<String> ackLag(dev.tmrkit.stateful.run.AckLag a) {
        List<String> out = new ArrayList<>();
        if (!a.defined()) {
            out.add("lag from acknowledgement: not defined here (no single order of writes without a single leader)");
            return out;
        }
        out.add("lag from acknowledgement until each replica held the write (never received: until the run ends); inherent = "
                + (a.twinRun() ? "the same write's lag in the fault-free twin run (same seed, no faults, healthy network)"
                : "all of it (the run has no faults: it is its own twin)") + "; imposed = the excess");
        Table t = new Table("replica", "lag p50/p99/max", "inherent p50/p99/max", "imposed p50/p99/max", "imposed total", "never received");
        for (dev.tmrkit.stateful.run.AckLag.ReplicaAckLag r : a.replicas()) {
            t.row("n" + r.replica(), lagOrZero(r.lag()), lagOrZero(r.inherent()), lagOrZero(r.imposed()), Time.format(r.imposedTotal()),
                    r.neverReceived() + " of " + r.lag().count());
        }
        out.addAll(t.text().lines().toList());
        return out;
    }

    private static String lagOrZero(LagStats s) {
        return Time.format(s.p50()) + " / " + Time.format(s.p99()) + " / " + Time.format(s.max());
    }

    /** Lag from acknowledgement as JSON. */
    static Map<String, Object> ackLagJson(dev.tmrkit.stateful.run.AckLag a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("defined", a.defined());
        m.put("twinRun", a.twinRun());
        m.put("lag", lagJson(a.all()));
        m.put("inherent", lagJson(a.inherent()));
        m.put("imposed", lagJson(a.imposed()));
        List<Object> per = new ArrayList<>();
        for (dev.tmrkit.stateful.run.AckLag.ReplicaAckLag r : a.replicas()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("node", "n" + r.replica());
            o.put("lag", lagJson(r.lag()));
            o.put("inherent", lagJson(r.inherent()));
            o.put("imposed", lagJson(r.imposed()));
            o.put("imposedTotalUs", r.imposedTotal());
            o.put("neverReceived", r.neverReceived());
            per.add(o);
        }
        m.put("replicas", per);
        return m;
    }

    /** Per replica, as JSON. */
    static List<Object> replicasJson(RunResult r) {
        List<Object> out = new ArrayList<>();
        for (RunResult.ReplicaEnd e : r.replicas()) {
            LagReport.ReplicaLag lag = r.lag().replicas().get(e.node());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("node", "n" + e.node());
            m.put("up", e.up());
            m.put("member", e.member());
            m.put("active", e.active());
            m.put("value", e.value());
            m.put("version", e.version());
            m.put("lagInherent", lagJson(lag.inherent()));
            m.put("lagImposed", lagJson(lag.imposed()));
            m.put("maxLagByBucketUs", lag.maxByBucket());
            out.add(m);
        }
        return out;
    }

    /** The scenario as JSON. */
    static Map<String, Object> scenarioJson(Scenario s, RunResult any) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("replicas", s.replicas());
        m.put("spares", s.spares());
        m.put("topology", s.topology().label());
        m.put("replication", s.replication().label());
        m.put("mode", s.mode().label());
        m.put("readQuorum", s.readQuorum());
        m.put("writeQuorum", s.writeQuorum());
        m.put("idempotent", s.idempotent());
        m.put("transfer", s.transfer().label());
        m.put("clients", s.workload().clients());
        m.put("rate", s.workload().rate());
        m.put("durationUs", s.duration());
        m.put("faults", any.faults().faults().stream().map(ReplicasReport::fault).toList());
        m.put("periodsUs", s.periods());
        m.put("threshold", s.threshold());
        return m;
    }

    static String definition(Redundancy r) {
        return r == Redundancy.STATIC ? STATIC : DYNAMIC;
    }
}
