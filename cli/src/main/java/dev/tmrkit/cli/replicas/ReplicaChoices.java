package dev.tmrkit.cli.replicas;

import dev.tmrkit.cli.options.EnumChoices;
import dev.tmrkit.stateful.protocol.Mode;
import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.protocol.Replication;
import dev.tmrkit.stateful.protocol.Topology;
import dev.tmrkit.stateful.protocol.Transfer;

/**
 * picocli converters and completion candidates for the replica options whose values are closed sets
 * (the stateful enums, spelt by their labels: {@code single-leader}, {@code chain}, {@code crdt}, ...). A
 * value outside the set is a usage error listing the set, before any work.
 */
final class ReplicaChoices {
    private ReplicaChoices() {
    }

    static final class Topologies extends EnumChoices<Topology> {
        Topologies() {
            super(Topology.values(), Topology::label);
        }
    }

    static final class Replications extends EnumChoices<Replication> {
        Replications() {
            super(Replication.values(), Replication::label);
        }
    }

    static final class Modes extends EnumChoices<Mode> {
        Modes() {
            super(Mode.values(), Mode::label);
        }
    }

    static final class Transfers extends EnumChoices<Transfer> {
        Transfers() {
            super(Transfer.values(), Transfer::label);
        }
    }

    static final class Redundancies extends EnumChoices<Redundancy> {
        Redundancies() {
            super(Redundancy.values(), Redundancy::label);
        }
    }
}
