package dev.tmrkit.stateful.run.scenario;

import dev.tmrkit.stateful.protocol.ClusterConfig;
import dev.tmrkit.stateful.protocol.Mode;
import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.protocol.Replication;
import dev.tmrkit.stateful.protocol.Timing;
import dev.tmrkit.stateful.protocol.Topology;
import dev.tmrkit.stateful.protocol.Transfer;
import dev.tmrkit.stateful.sim.NetworkSettings;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.Fault;
import dev.tmrkit.stateful.sim.fault.FaultRates;
import dev.tmrkit.stateful.sim.fault.FaultSchedule;
import java.util.List;

/**
 * Everything one run depends on. Build it with {@link #builder()}; quorums of 0 mean a majority of the
 * replicas. The workload runs for {@code duration}; then nothing new is issued for {@code settle}, half
 * way through which client 0 issues the final read the checker judges lost and double-counted
 * increments by. One observer per entry of {@code periods} watches replica {@code observed} (period 0:
 * every change is reported; else a read every period) for the threshold monitor.
 */
public record Scenario(Topology topology, Replication replication, Mode mode, Redundancy redundancy,
                       int replicas, int spares, int readQuorum, int writeQuorum, boolean idempotent, Transfer transfer,
                       Workload workload, NetworkSettings network, FaultSchedule faults, FaultRates faultRates,
                       Timing timing, long duration, long settle, List<Long> periods, int observed, long threshold,
                       long seed) {
    /** The most replicas and spares a run may have (acknowledgements are tracked in a 64-bit mask). */
    public static final int MAX_REPLICA_NODES = 60;

    public Scenario {
        periods = List.copyOf(periods);
        if (replicas < 1 || spares < 0 || (long) replicas + spares > MAX_REPLICA_NODES) {
            throw new IllegalArgumentException("replicas must be >= 1, spares >= 0, and together at most " + MAX_REPLICA_NODES);
        }
        int r = readQuorum == 0 ? replicas / 2 + 1 : readQuorum;
        int w = writeQuorum == 0 ? replicas / 2 + 1 : writeQuorum;
        if (r < 1 || r > replicas || w < 1 || w > replicas) {
            throw new IllegalArgumentException("read and write quorums must lie in 1.." + replicas + ", got R=" + r + ", W=" + w);
        }
        readQuorum = r;
        writeQuorum = w;
        if (duration <= 0 || settle < 2 * timing.opTimeout()) {
            throw new IllegalArgumentException("the duration must be > 0 and the settling time at least twice the operation timeout ("
                    + Time.format(2 * timing.opTimeout()) + ")");
        }
        if (observed < 0 || observed >= replicas) {
            throw new IllegalArgumentException("the observed replica must be one of 0.." + (replicas - 1) + ", got " + observed);
        }
        if (periods.stream().anyMatch(p -> p < 0)) {
            throw new IllegalArgumentException("observation periods must be >= 0");
        }
        if (mode == Mode.CRDT && (topology != Topology.LEADERLESS || redundancy != Redundancy.STATIC)) {
            throw new IllegalArgumentException("the CRDT mode is for leaderless static redundancy (clients write their own entries)");
        }
        if (mode == Mode.CRDT && workload.clients() > 64) {
            throw new IllegalArgumentException("the CRDT mode takes at most 64 clients");
        }
        if (replication == Replication.CHAIN && topology == Topology.LEADERLESS) {
            throw new IllegalArgumentException("chain replication needs an accepting replica to drive the chain (not leaderless)");
        }
        if (transfer == Transfer.REPLAY && mode != Mode.LOG) {
            throw new IllegalArgumentException("state transfer by log replay needs log-based replication (mode log)");
        }
        faults.validate(replicas + spares);
    }

    /** Three replicas, two spares, single-leader synchronous state-based static redundancy; see {@link Builder}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this scenario. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** This scenario with another redundancy (the same seed, workload and faults). */
    public Scenario with(Redundancy r) {
        return toBuilder().redundancy(r).build();
    }

    /** What the nodes know. */
    public ClusterConfig clusterConfig() {
        return new ClusterConfig(topology, replication, mode, redundancy, replicas, spares, workload.clients(),
                periods.size(), readQuorum, writeQuorum, idempotent, transfer, timing);
    }

    /** Builds a {@link Scenario}; every setter returns the builder. */
    public static final class Builder {
        private Topology topology = Topology.SINGLE_LEADER;
        private Replication replication = Replication.SYNC;
        private Mode mode = Mode.STATE;
        private Redundancy redundancy = Redundancy.STATIC;
        private int replicas = 3;
        private int spares = 2;
        private int readQuorum;
        private int writeQuorum;
        private boolean idempotent;
        private Transfer transfer = Transfer.SNAPSHOT;
        private Workload workload = Workload.DEFAULT;
        private NetworkSettings network = NetworkSettings.DEFAULT;
        private FaultSchedule faults = FaultSchedule.NONE;
        private FaultRates faultRates = FaultRates.NONE;
        private Timing timing = Timing.DEFAULT;
        private long duration = 10 * Time.S;
        private long settle = 500 * Time.MS;
        private List<Long> periods = List.of(0L, 10 * Time.MS, 50 * Time.MS);
        private Integer observed;
        private long threshold = 10;
        private long seed = 1;

        private Builder() {
        }

        private Builder(Scenario s) {
            topology = s.topology;
            replication = s.replication;
            mode = s.mode;
            redundancy = s.redundancy;
            replicas = s.replicas;
            spares = s.spares;
            readQuorum = s.readQuorum;
            writeQuorum = s.writeQuorum;
            idempotent = s.idempotent;
            transfer = s.transfer;
            workload = s.workload;
            network = s.network;
            faults = s.faults;
            faultRates = s.faultRates;
            timing = s.timing;
            duration = s.duration;
            settle = s.settle;
            periods = s.periods;
            observed = s.observed;
            threshold = s.threshold;
            seed = s.seed;
        }

        public Builder topology(Topology v) {
            topology = v;
            return this;
        }

        public Builder replication(Replication v) {
            replication = v;
            return this;
        }

        public Builder mode(Mode v) {
            mode = v;
            return this;
        }

        public Builder redundancy(Redundancy v) {
            redundancy = v;
            return this;
        }

        /** N replicas; resets the observed replica to the last one and the quorums to a majority. */
        public Builder replicas(int n) {
            replicas = n;
            observed = null;
            readQuorum = 0;
            writeQuorum = 0;
            return this;
        }

        public Builder spares(int n) {
            spares = n;
            return this;
        }

        /** R and W; 0 means a majority. */
        public Builder quorums(int read, int write) {
            readQuorum = read;
            writeQuorum = write;
            return this;
        }

        /** Log-based: operations carry ids and every replica applies each id once. */
        public Builder idempotent(boolean v) {
            idempotent = v;
            return this;
        }

        public Builder transfer(Transfer v) {
            transfer = v;
            return this;
        }

        public Builder workload(Workload v) {
            workload = v;
            return this;
        }

        public Builder network(NetworkSettings v) {
            network = v;
            return this;
        }

        public Builder faults(List<? extends Fault> v) {
            faults = FaultSchedule.NONE.plus(v);
            return this;
        }

        public Builder faultRates(FaultRates v) {
            faultRates = v;
            return this;
        }

        public Builder timing(Timing v) {
            timing = v;
            return this;
        }

        public Builder duration(long micros) {
            duration = micros;
            return this;
        }

        public Builder settle(long micros) {
            settle = micros;
            return this;
        }

        public Builder periods(List<Long> micros) {
            periods = micros;
            return this;
        }

        public Builder observed(int replica) {
            observed = replica;
            return this;
        }

        public Builder threshold(long v) {
            threshold = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        /** @throws IllegalArgumentException naming what does not fit */
        public Scenario build() {
            return new Scenario(topology, replication, mode, redundancy, replicas, spares, readQuorum, writeQuorum,
                    idempotent, transfer, workload, network, faults, faultRates, timing, duration, settle, periods,
                    observed == null ? replicas - 1 : observed, threshold, seed);
        }
    }
}
