package dev.tmrkit.cli.replicas;

import dev.tmrkit.stateful.protocol.Mode;
import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.protocol.Replication;
import dev.tmrkit.stateful.protocol.Topology;
import dev.tmrkit.stateful.protocol.Transfer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * picocli converters and completion candidates for the replica options whose values are closed sets
 * (the stateful enums, spelt by their labels: {@code single-leader}, {@code chain}, {@code crdt}, ...). A
 * value outside the set is a usage error listing the set, before any work.
 */
final class ReplicaChoices {
    private ReplicaChoices() {
    }

    /** Converts a label to its constant; the candidates are the labels in declaration order. */
    abstract static class Labels<E extends Enum<E>> implements CommandLine.ITypeConverter<E>, Iterable<String> {
        private final E[] values;
        private final Function<E, String> label;

        Labels(E[] values, Function<E, String> label) {
            this.values = values;
            this.label = label;
        }

        @Override
        public E convert(String text) {
            for (E v : values) {
                if (label.apply(v).equals(text)) {
                    return v;
                }
            }
            throw new CommandLine.TypeConversionException("expected one of " + String.join(", ", this) + ", not '" + text + "'");
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values).map(label).iterator();
        }
    }

    static final class Topologies extends Labels<Topology> {
        Topologies() {
            super(Topology.values(), Topology::label);
        }
    }

    static final class Replications extends Labels<Replication> {
        Replications() {
            super(Replication.values(), Replication::label);
        }
    }

    static final class Modes extends Labels<Mode> {
        Modes() {
            super(Mode.values(), Mode::label);
        }
    }

    static final class Transfers extends Labels<Transfer> {
        Transfers() {
            super(Transfer.values(), Transfer::label);
        }
    }

    static final class Redundancies extends Labels<Redundancy> {
        Redundancies() {
            super(Redundancy.values(), Redundancy::label);
        }
    }
}
