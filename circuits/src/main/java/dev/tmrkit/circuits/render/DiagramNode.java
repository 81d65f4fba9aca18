package dev.tmrkit.circuits.render;

import dev.tmrkit.circuits.tmr.Replica;
import dev.tmrkit.circuits.tmr.TmrRoles.Region;
import dev.tmrkit.gates.GateType;
import java.util.Optional;

/** One node of a {@link Diagram}: a primary input, a gate, an output port, or a collapsed replica. */
public sealed interface DiagramNode permits DiagramNode.Input, DiagramNode.Gate, DiagramNode.Voter, DiagramNode.Output,
        DiagramNode.Box {
    /** The element id (see {@link ElementIds}). */
    String id();

    Mark mark();

    /** Primary input {@code net}, with its value if the diagram shows values. */
    record Input(String id, int net, String name, Mark mark, Optional<String> value) implements DiagramNode {
    }

    /**
     * Gate {@code gate}, named by its output net {@code net}.
     *
     * @param region  its part of a TMR netlist ({@link Region#UNREPLICATED} for a plain netlist)
     * @param cluster the replica whose cluster it is drawn in: for a replica's gates and its own voters (voter X
     *                of triplicated voters, which replica X reads); never for single or reduction voters
     * @param level   its logic level, {@link dev.tmrkit.gates.Netlist#level}; it is drawn in that column
     */
    record Gate(String id, int gate, int net, String name, GateType type, Region region, Optional<Replica> cluster,
                int level, Mark mark, Optional<String> value) implements DiagramNode {
        /** True for the gates of a voter (inside the logic or a final reduction voter). */
        public boolean isVoter() {
            return region == Region.VOTER || region == Region.REDUCTION_VOTER;
        }
    }

    /**
     * A 2-of-3 majority voter drawn as one MAJ node: the OR gate {@code gate} driving {@code net} and the
     * {@code terms} AND gates it reads, folded together. Its id is the id of {@code net}.
     *
     * @param region  {@link Region#VOTER} or {@link Region#REDUCTION_VOTER}
     * @param cluster as for {@link Gate#cluster()}: voter X of triplicated voters is drawn in replica X's cluster
     * @param level   the logic level of its output
     */
    record Voter(String id, int gate, int net, String name, Region region, Optional<Replica> cluster, int level, int terms,
                 Mark mark, Optional<String> value) implements DiagramNode {
    }

    /** Output port {@code port} (declared order), showing net {@code net}. */
    record Output(String id, int port, int net, String name, Mark mark, Optional<String> value) implements DiagramNode {
    }

    /** Replica {@code replica} drawn as one box standing for its {@code gates} gates. */
    record Box(String id, Replica replica, int gates, Mark mark) implements DiagramNode {
    }
}
