package dev.tmrkit.stateful.run;

import dev.tmrkit.stateful.check.History;
import dev.tmrkit.stateful.measure.LagStats;
import dev.tmrkit.stateful.check.Outcome;
import dev.tmrkit.stateful.protocol.Topology;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.sim.NetworkSettings;
import dev.tmrkit.stateful.sim.fault.FaultRates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replication lag, defined: for every acknowledged write and every replica, the time from the write's
 * acknowledgement until that replica first held it (its version reached the one the write got at the
 * leader; 0 if it held it already), and for a write it never received, until the run ends. Inherent
 * lag is the same write's lag in the fault-free twin — the same seed and workload with no faults and
 * a healthy network (no loss, duplication, reordering or extra delay) — and imposed lag the excess.
 * Defined for single-leader topologies, where the leader's versions order every write.
 *
 * @param defined   whether the topology has one order of writes (else every figure is empty)
 * @param twinRun   whether a twin was run (no faults or impairments: the run is its own twin)
 * @param replicas  per replica: lag, inherent, imposed, and writes never received
 */
public record AckLag(boolean defined, boolean twinRun, List<ReplicaAckLag> replicas, LagStats all, LagStats inherent,
                     LagStats imposed) {
    public AckLag {
        replicas = List.copyOf(replicas);
    }

    /** One replica's lag over the acknowledged writes. */
    public record ReplicaAckLag(int replica, LagStats lag, LagStats inherent, LagStats imposed, long imposedTotal, int neverReceived) {
    }

    /** The run of {@code s} and, if it has faults or an impaired network, its fault-free twin. */
    public static AckLag of(Scenario s) {
        if (s.topology() != Topology.SINGLE_LEADER) {
            return new AckLag(false, false, List.of(), LagStats.EMPTY, LagStats.EMPTY, LagStats.EMPTY);
        }
        Scenario twin = twin(s);
        boolean twinRun = !twin.equals(s);
        Cluster.Logged main = Cluster.runLogged(s);
        Cluster.Logged healthy = twinRun ? Cluster.runLogged(twin) : main;
        long end = s.duration() + s.settle();
        int[] writes = ackedWrites(main.history(), main.versions());
        int[] twinOf = matching(main.history(), healthy.history(), writes);
        List<ReplicaAckLag> per = new ArrayList<>();
        long[] all = new long[0], inh = new long[0], imp = new long[0];
        for (int r = 0; r < main.versions().replicas(); r++) {
            if (r >= s.replicas() && !main.versions().everChanged(r)) {
                continue;
            }
            long[] lag = new long[writes.length], inherent = new long[writes.length], imposed = new long[writes.length];
            int never = 0;
            long total = 0;
            for (int k = 0; k < writes.length; k++) {
                int w = writes[k];
                long at = main.versions().firstReaching(r, main.versions().acceptedVersion(w));
                never += at < 0 ? 1 : 0;
                lag[k] = lagOf(main.history().completed(w), at, end);
                int t = twinOf[k];
                inherent[k] = t < 0 || healthy.history().outcome(t) != Outcome.OK || healthy.versions().acceptedVersion(t) < 0 ? 0
                        : lagOf(healthy.history().completed(t), healthy.versions().firstReaching(r, healthy.versions().acceptedVersion(t)), end);
                inherent[k] = Math.min(inherent[k], lag[k]);
                imposed[k] = lag[k] - inherent[k];
                total += imposed[k];
            }
            all = concat(all, lag);
            inh = concat(inh, inherent);
            imp = concat(imp, imposed);
            per.add(new ReplicaAckLag(r, LagStats.of(lag.clone(), lag.length), LagStats.of(inherent.clone(), inherent.length),
                    LagStats.of(imposed.clone(), imposed.length), total, never));
        }
        return new AckLag(true, twinRun, per, LagStats.of(all, all.length), LagStats.of(inh, inh.length), LagStats.of(imp, imp.length));
    }

    /** The same scenario with no faults and a healthy network. */
    static Scenario twin(Scenario s) {
        NetworkSettings n = s.network();
        return s.toBuilder().faults(List.of()).faultRates(FaultRates.NONE)
                .network(new NetworkSettings(n.minDelay(), n.maxDelay(), 0, 0, 0, 0)).build();
    }

    private static long lagOf(long ack, long reached, long end) {
        return reached < 0 ? Math.max(0, end - ack) : Math.max(0, reached - ack);
    }

    /** The acknowledged writes that got a version at the leader. */
    private static int[] ackedWrites(History h, VersionLog v) {
        return java.util.stream.IntStream.range(0, h.size())
                .filter(i -> h.kind(i) != History.Kind.READ && h.outcome(i) == Outcome.OK && v.acceptedVersion(i) >= 0).toArray();
    }

    /** For each of {@code writes} in {@code h}, the same operation (client and invocation time) in {@code twin}, or -1. */
    private static int[] matching(History h, History twin, int[] writes) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < twin.size(); i++) {
            index.put(twin.invoked(i) * 64 + twin.client(i) % 64, i);
        }
        int[] out = new int[writes.length];
        for (int k = 0; k < writes.length; k++) {
            out[k] = index.getOrDefault(h.invoked(writes[k]) * 64 + h.client(writes[k]) % 64, -1);
        }
        return out;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
