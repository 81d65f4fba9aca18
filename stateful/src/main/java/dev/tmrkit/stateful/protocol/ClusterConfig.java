package dev.tmrkit.stateful.protocol;

/**
 * What every node of one run knows: the protocol choices, the quorums and timing, and the node ids:
 * replicas {@code 0..replicas-1}, then the spares, the clients, the observers and (dynamic redundancy
 * only) the view service.
 */
public record ClusterConfig(Topology topology, Replication replication, Mode mode, Redundancy redundancy,
                            int replicas, int spares, int clients, int observers, int readQuorum, int writeQuorum,
                            boolean idempotent, Transfer transfer, Timing timing) {
    public ClusterConfig {
        if (replicas < 1 || spares < 0 || clients < 1 || observers < 0) {
            throw new IllegalArgumentException("a cluster needs a replica and a client; spares and observers >= 0");
        }
        if (readQuorum < 1 || readQuorum > replicas || writeQuorum < 1 || writeQuorum > replicas) {
            throw new IllegalArgumentException("quorums must lie in 1.." + replicas + ", got R=" + readQuorum + " W=" + writeQuorum);
        }
        if (transfer == Transfer.REPLAY && mode != Mode.LOG) {
            throw new IllegalArgumentException("log replay needs log-based replication");
        }
    }

    public boolean sync() {
        return replication.synchronous();
    }

    /** Whether replicas hold a CRDT ({@link Mode#CRDT}). */
    public boolean crdt() {
        return mode == Mode.CRDT;
    }

    public boolean logBased() {
        return mode == Mode.LOG;
    }

    public boolean dynamic() {
        return redundancy == Redundancy.DYNAMIC;
    }

    public boolean singleLeader() {
        return topology == Topology.SINGLE_LEADER;
    }

    /** Replicas and spares: the nodes that can hold the counter. */
    public int replicaNodes() {
        return replicas + spares;
    }

    public int client(int index) {
        return replicaNodes() + index;
    }

    public int observer(int index) {
        return replicaNodes() + clients + index;
    }

    /** The view service's id, or -1 in static redundancy. */
    public int viewService() {
        return dynamic() ? replicaNodes() + clients + observers : -1;
    }

    /** How many nodes a simulation of this cluster has. */
    public int nodes() {
        return replicaNodes() + clients + observers + (dynamic() ? 1 : 0);
    }

    /** Whether synchronous shipping goes to one follower after another. */
    public boolean chain() {
        return replication == Replication.CHAIN;
    }

    /** Acknowledgements a write needs: W in synchronous replication, 1 in asynchronous. */
    public int acksNeeded() {
        return sync() ? writeQuorum : 1;
    }

    /** The first view. */
    public View initialView() {
        return View.initial(replicas, singleLeader());
    }
}
