package dev.tmrkit.cli;

import java.util.List;

/** The stateful simulator's benchmark: placeholder until the stateful module lands. */
final class ReplicasBenchSuite implements BenchSuite {
    @Override
    public String name() {
        return "replicas";
    }

    @Override
    public String description() {
        return "replica simulation (not yet available)";
    }

    @Override
    public List<BenchRow> run(BenchContext context) {
        return List.of();
    }
}
