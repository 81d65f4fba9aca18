package dev.tmrkit.stateful.run.scenario;

import dev.tmrkit.stateful.protocol.Mode;
import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.protocol.Replication;
import dev.tmrkit.stateful.protocol.Topology;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The replication configurations the chapter names, to run side by side on one scenario: single-leader
 * synchronous (parallel quorum and chain) and asynchronous, state- and log-based; multi-leader;
 * leaderless with the old "most operations" rule and with the CRDT join. Each sets topology,
 * replication, mode, quorums and idempotence; everything else (workload, network, faults, seed) is
 * the scenario's.
 */
public final class ReplicationConfigurations {
    private ReplicationConfigurations() {
    }

    /** A named configuration. */
    public record Named(String label, UnaryOperator<Scenario.Builder> apply) {
        /** The scenario {@code base} in this configuration with redundancy {@code r}. */
        public Scenario of(Scenario base, Redundancy r) {
            return apply.apply(base.toBuilder()).redundancy(r).build();
        }

        /** Whether it runs with redundancy {@code r} (the CRDT mode is static only). */
        public boolean takes(Redundancy r) {
            return !label.contains("crdt") || r == Redundancy.STATIC;
        }
    }

    /** The standard list. */
    public static List<Named> standard() {
        return List.of(
                named("single-leader sync state", Topology.SINGLE_LEADER, Replication.SYNC, Mode.STATE, 0, 0, false),
                named("single-leader sync log (idempotent)", Topology.SINGLE_LEADER, Replication.SYNC, Mode.LOG, 0, 0, true),
                named("single-leader chain state (W=3)", Topology.SINGLE_LEADER, Replication.CHAIN, Mode.STATE, 0, 3, false),
                named("single-leader async state", Topology.SINGLE_LEADER, Replication.ASYNC, Mode.STATE, 0, 0, false),
                named("single-leader async log (idempotent)", Topology.SINGLE_LEADER, Replication.ASYNC, Mode.LOG, 0, 0, true),
                named("multi-leader sync state", Topology.MULTI_LEADER, Replication.SYNC, Mode.STATE, 0, 0, false),
                named("multi-leader sync log (idempotent)", Topology.MULTI_LEADER, Replication.SYNC, Mode.LOG, 0, 0, true),
                named("leaderless log, most operations (R=2, W=2)", Topology.LEADERLESS, Replication.SYNC, Mode.LOG, 2, 2, true),
                named("leaderless state, read-modify-write (R=2, W=2)", Topology.LEADERLESS, Replication.SYNC, Mode.STATE, 2, 2, false),
                named("leaderless crdt join (R=2, W=2)", Topology.LEADERLESS, Replication.SYNC, Mode.CRDT, 2, 2, false));
    }

    private static Named named(String label, Topology t, Replication r, Mode m, int read, int write, boolean idempotent) {
        return new Named(label, b -> b.topology(t).replication(r).mode(m).quorums(read, write).idempotent(idempotent));
    }
}
