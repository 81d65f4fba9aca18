package dev.tmrkit.stateful.compare;

import dev.tmrkit.stateful.check.CheckResult;
import dev.tmrkit.stateful.measure.LagStats;
import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.protocol.Replication;
import dev.tmrkit.stateful.run.Cluster;
import dev.tmrkit.stateful.run.Comparison;
import dev.tmrkit.stateful.run.RunResult;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.sim.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Static and dynamic redundancy on the same scenario (seed, workload, fault schedule), with the
 * attribution of each run's operations and an explanation for every metric of the compare report.
 */
public final class Explained {
    private final Scenario scenario;
    private final Cluster.Observed stat;
    private final Cluster.Observed dyn;
    private final Attribution sa;
    private final Attribution da;

    private Explained(Scenario scenario, Cluster.Observed stat, Cluster.Observed dyn) {
        this.scenario = scenario;
        this.stat = stat;
        this.dyn = dyn;
        this.sa = Attribution.of(stat);
        this.da = Attribution.of(dyn);
    }

    /** Runs {@code s} with static and with dynamic redundancy and attributes both. */
    public static Explained of(Scenario s) {
        return new Explained(s, Cluster.observe(s.with(Redundancy.STATIC)), Cluster.observe(s.with(Redundancy.DYNAMIC)));
    }

    /** The two runs. */
    public Comparison comparison() {
        return new Comparison(stat.result(), dyn.result());
    }

    /** The static run's attribution. */
    public Attribution staticAttribution() {
        return sa;
    }

    /** The dynamic run's attribution. */
    public Attribution dynamicAttribution() {
        return da;
    }

    /**
     * Why the metric {@code key} (a key of the compare report's JSON) differs.
     *
     * @throws IllegalArgumentException for a metric this class does not know (so a new metric cannot go unexplained)
     */
    public Difference explain(String key) {
        if (key.startsWith("missedCrossings")) {
            return crossings(key);
        }
        return switch (key) {
            case "seed", "operations" -> new Difference(key, List.of("same-by-construction"),
                    "the two runs share the seed and so the workload: this cannot differ");
            case "unavailable", "throughput" -> availability(key, false);
            case "readsEqualTrueCount", "noMajorityReads", "voterDisagreements", "firstBadRead" -> availability(key, true);
            case "linearizable" -> availability(key, false);
            case "verdict", "readsLosing", "readsDoubling", "staleReads", "inflatedReads", "firstWrongRead" -> correctness(key);
            case "lostIncrements", "doubleCounted", "replicasOverCounting", "finalRead" -> finalState(key);
            case "latency", "latencyIncrements", "latencyResets", "latencyReads" -> latency(key);
            case "messagesPerOperation", "events", "traceHash" -> traffic(key);
            case "propagation", "propagationImpaired" -> propagation(key);
            case "propagationNormal" -> new Difference(key, List.of("divergence"), "normal propagation works alike in both; its "
                    + "percentiles move with which writes took effect and when, and with the heartbeats sharing the links in "
                    + "dynamic redundancy");
            case "sparesConsumed", "viewChanges", "removals", "transfers" -> membership(key);
            default -> throw new IllegalArgumentException("no explanation for the metric '" + key + "'");
        };
    }

    private static final String[] LABELS = {"with the leader down", "reconfiguring", "with a member down",
        "with a network or clock fault", "with no fault open"};

    private static String mechanismName(Situation s, Redundancy r) {
        return switch (s) {
            case RECONFIGURING -> "reconfiguration";
            case LEADER_DOWN -> r == Redundancy.STATIC ? "no-failover" : "detection-delay";
            case MEMBER_DOWN -> r == Redundancy.STATIC ? "voter-masking" : "detection-delay";
            case NETWORK_OR_CLOCK -> r == Redundancy.STATIC ? "fixed-set" : "removal";
            case CALM -> "write-in-flight";
        };
    }

    private static long[] counts(Attribution a, boolean readsOnly) {
        long[] c = a.unavailableReads().clone();
        if (!readsOnly) {
            for (int i = 0; i < c.length; i++) {
                c[i] += a.unavailableWrites()[i];
            }
        }
        return c;
    }

    private static String split(long[] c) {
        List<String> parts = new ArrayList<>();
        for (Situation s : Situation.values()) {
            if (c[s.ordinal()] > 0) {
                parts.add(c[s.ordinal()] + " " + LABELS[s.ordinal()]);
            }
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static long sum(long[] c) {
        long n = 0;
        for (long v : c) {
            n += v;
        }
        return n;
    }

    /** Unavailable operations (or reads) by situation, and the mechanisms behind the largest gaps. */
    private Difference availability(String key, boolean readsOnly) {
        long[] s = counts(sa, readsOnly);
        long[] d = counts(da, readsOnly);
        String what = readsOnly ? "reads without a usable answer" : "operations without a usable answer";
        StringBuilder why = new StringBuilder();
        why.append(what).append(": static ").append(sum(s)).append(" (").append(split(s)).append("), dynamic ")
                .append(sum(d)).append(" (").append(split(d)).append(")");
        List<String> mechanisms = new ArrayList<>();
        Integer[] order = new Integer[s.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Long.compare(Math.abs(d[y] - s[y]), Math.abs(d[x] - s[x])));
        for (int k = 0; k < 2 && k < order.length; k++) {
            int i = order[k];
            if (s[i] == d[i]) {
                break;
            }
            Situation sit = Situation.values()[i];
            Redundancy more = s[i] > d[i] ? Redundancy.STATIC : Redundancy.DYNAMIC;
            mechanisms.add(mechanismName(sit, more));
            why.append(k == 0 ? ". Largest gap " : "; next ").append(LABELS[i]).append(", ").append(s[i]).append(" vs ").append(d[i])
                    .append(": in ").append(more.label()).append(", ").append(sit.mechanism(more));
        }
        if (key.equals("throughput")) {
            why.append(". Throughput counts the answered operations, so it moves with these");
        } else if (key.equals("linearizable")) {
            why.append(". The checker linearizes the operations that may have taken effect, so its count moves with these");
        } else if (key.equals("voterDisagreements")) {
            why.append(". A read with no value majority is where the bitwise voter still produces a word, so disagreements follow "
                    + "reads with no majority");
        } else if (key.equals("readsEqualTrueCount")) {
            why.append(". Wrong reads: static ").append(sum(sa.wrongReads())).append(", dynamic ").append(sum(da.wrongReads()));
        } else if (key.equals("firstBadRead")) {
            why.append(". The first one falls where the two runs' first fault or first write in flight meets a read");
        }
        if (mechanisms.isEmpty()) {
            mechanisms.add("divergence");
        }
        return new Difference(key, mechanisms, why.toString());
    }

    /** Wrong reads by situation, and the verdicts. */
    private Difference correctness(String key) {
        RunResult s = stat.result();
        RunResult d = dyn.result();
        StringBuilder why = new StringBuilder("wrong reads: static ").append(sum(sa.wrongReads())).append(" (")
                .append(split(sa.wrongReads())).append("), dynamic ").append(sum(da.wrongReads())).append(" (")
                .append(split(da.wrongReads())).append("); verdicts: static ").append(s.judgement().verdict().label()).append(" (")
                .append(s.judgement().linearizability().reason()).append("), dynamic ").append(d.judgement().verdict().label())
                .append(" (").append(d.judgement().linearizability().reason()).append(")");
        List<String> mechanisms = new ArrayList<>();
        if (scenario.replication() == Replication.ASYNC && sum(sa.wrongReads()) + sum(da.wrongReads()) > 0) {
            mechanisms.add("async-loss");
            why.append(". Asynchronous replication acknowledges before shipping: a write acknowledged and not yet shipped is "
                    + "missing from the followers; static reads vote it away, and dynamic failover elects a follower without it");
        }
        if (sum(sa.wrongReads()) != sum(da.wrongReads())) {
            mechanisms.add("voter-masking");
            why.append(". Static redundancy votes every read over all replicas, masking one wrong replica; dynamic removes a replica "
                    + "the voter outvoted and, on failover, adopts the newest state of a majority of the previous view");
        }
        if (mechanisms.isEmpty()) {
            mechanisms.add("checker-budget");
            why.append(". The wrong reads agree; the verdicts differ in what the linearizability search could settle within its "
                    + "budget over two histories of different operations");
        }
        return new Difference(key, mechanisms, why.toString());
    }

    /** The final read and the replicas' end values follow which writes took effect. */
    private Difference finalState(String key) {
        CheckResult s = stat.result().check();
        CheckResult d = dyn.result().check();
        String why = String.format(Locale.ROOT, "the final read's bounds follow which writes took effect: static acknowledged %d of %d "
                        + "writes (bounds [%d, %d]), dynamic %d (bounds [%d, %d]); unacknowledged writes: static %s, dynamic %s",
                s.writes() - s.failedWrites() - s.timedOutWrites(), s.writes(), s.finalLower(), s.finalUpper(),
                d.writes() - d.failedWrites() - d.timedOutWrites(), d.finalLower(), d.finalUpper(),
                split(sa.unavailableWrites()), split(da.unavailableWrites()));
        return new Difference(key, List.of("divergence"), why + ". Replicas ending outside them, lost or double-counted increments come "
                + "from the wrong reads' mechanisms (see the verdict)");
    }

    private Difference latency(String key) {
        String why = String.format(Locale.ROOT, "answered operations that met a fault or a reconfiguration: static %d, p99 %s; dynamic "
                        + "%d, p99 %s; with no fault open: static p99 %s, dynamic %s",
                sa.faultLatency().count(), Time.format(sa.faultLatency().p99()), da.faultLatency().count(),
                Time.format(da.faultLatency().p99()), Time.format(sa.calmLatency().p99()), Time.format(da.calmLatency().p99()));
        List<String> mechanisms = new ArrayList<>();
        if (scenario.replication() != Replication.ASYNC) {
            mechanisms.add("retransmission");
            why += ". A synchronous write whose quorum needs a crashed or cut-off follower waits for retransmissions (every "
                    + Time.format(scenario.timing().retry()) + ") until the follower returns: for good in static redundancy, for "
                    + "the failure timeout (" + Time.format(scenario.timing().failureTimeout()) + ") in dynamic, where a spare "
                    + "takes the slot";
        }
        mechanisms.add("reconfiguration");
        why += ". Operations answered during a reconfiguration waited for the new leader's state gathering";
        return new Difference(key, mechanisms, why);
    }

    private Difference traffic(String key) {
        RunResult s = stat.result();
        RunResult d = dyn.result();
        double control = d.operations() == 0 ? 0 : (double) dyn.controlMessages() / d.operations();
        String why = String.format(Locale.ROOT, "dynamic redundancy adds heartbeats, their answers and view announcements: %d messages "
                        + "to and from the view service (%.2f per operation, of a difference of %.2f) and %d state transfers; "
                        + "the rest is replication and retransmissions to replicas that differ between the runs",
                dyn.controlMessages(), control, d.messagesPerOperation() - s.messagesPerOperation(), d.transfers());
        if (key.equals("events")) {
            why += String.format(Locale.ROOT, "; events: static %d, dynamic %d, the extra ones chiefly heartbeat timers every %s and "
                    + "those messages' deliveries", s.events(), d.events(), Time.format(scenario.timing().heartbeat()));
        } else if (key.equals("traceHash")) {
            why += "; different events, so a different trace hash (each run is byte-identical per seed)";
        }
        return new Difference(key, List.of("heartbeat-traffic"), why);
    }

    private Difference propagation(String key) {
        LagStats s = stat.result().lag().imposed();
        LagStats d = dyn.result().lag().imposed();
        String why = String.format(Locale.ROOT, "updates that reached a replica by a fault-shaped path: static %d (max %s), dynamic %d "
                        + "(max %s). In static redundancy only retransmissions to a replica back from a crash or partition; in "
                        + "dynamic also %d state transfers, each counted from the newest write's commit until the joiner or "
                        + "recovered replica received it (a replica removed while down waits in the spare pool until promoted)",
                s.count(), Time.format(s.max()), d.count(), Time.format(d.max()), dyn.result().transfers());
        return new Difference(key, List.of("state-transfer", "retransmission"), why);
    }

    private Difference membership(String key) {
        RunResult d = dyn.result();
        String why = String.format(Locale.ROOT, "static redundancy never changes its set: 0 by design. Dynamic: %d removals (silent %d: "
                        + "no heartbeat for the failure timeout; deaf %d: heartbeats that never count an answer; outvoted %d), "
                        + "%d spares promoted (%d removed replicas re-admitted after they were heard again), %d view changes, %d "
                        + "state transfers to joiners and recovered replicas",
                d.removals().silent() + d.removals().deaf() + d.removals().outvoted(), d.removals().silent(), d.removals().deaf(),
                d.removals().outvoted(), d.sparesConsumed(), d.readmitted(), d.viewChanges(), d.transfers());
        return new Difference(key, List.of("reconfiguration"), why);
    }

    private Difference crossings(String key) {
        int observed = scenario.observed();
        long down = 0;
        for (var f : stat.result().faults().faults()) {
            if (f instanceof dev.tmrkit.stateful.sim.fault.Fault.Crash c && c.node() == observed) {
                down += (c.recovers() ? c.recoverAt() : scenario.duration()) - c.at();
            }
        }
        long outside = 0;
        List<dev.tmrkit.stateful.check.Membership.Change> changes = dyn.membership().changes();
        for (int i = 0; i < changes.size(); i++) {
            long end = i + 1 < changes.size() ? changes.get(i + 1).time() : scenario.duration();
            if (!changes.get(i).view().isMember(observed)) {
                outside += Math.max(0, Math.min(end, scenario.duration()) - changes.get(i).time());
            }
        }
        String why = String.format(Locale.ROOT, "the monitor's truth is the order the writes were applied, so runs in which different "
                        + "writes took effect have different episodes; and the observers watch n%d, which was down for %s in both "
                        + "runs and, in dynamic redundancy, outside the view (no longer updated) for %s",
                observed, Time.format(Math.min(down, scenario.duration())), Time.format(outside));
        return new Difference(key, List.of("divergence", "removal"), why);
    }
}
