package dev.tmrkit.stateful.run;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.tmrkit.stateful.protocol.Mode;
import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.protocol.Replication;
import dev.tmrkit.stateful.protocol.Topology;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.run.scenario.Workload;
import dev.tmrkit.stateful.sim.Time;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of scenarios for property tests: short runs, so a hundred of them take seconds. */
final class Scenarios {
    private Scenarios() {
    }

    /** A short fault-free scenario: 2 simulated seconds, 200 operations per second. */
    static Scenario.Builder small(long seed) {
        return Scenario.builder().seed(seed).duration(2 * Time.S).workload(Workload.DEFAULT.withRate(200))
                .periods(List.of(0L, 20 * Time.MS));
    }

    static Gen<Long> seeds() {
        return longs().between(1, 1_000_000);
    }

    static Gen<Topology> topologies() {
        return Generate.enumValues(Topology.class);
    }

    /** The modes every topology takes (the CRDT mode is leaderless only). */
    static Gen<Mode> modes() {
        return Generate.pick(List.of(Mode.STATE, Mode.LOG));
    }

    static Gen<Redundancy> redundancies() {
        return Generate.enumValues(Redundancy.class);
    }

    static Gen<Replication> replications() {
        return Generate.enumValues(Replication.class);
    }

    /** 3 or 5 replicas. */
    static Gen<Integer> sizes() {
        return integers().between(0, 1).map(i -> i == 0 ? 3 : 5);
    }
}
