package dev.tmrkit.stateful.protocol;

import dev.tmrkit.stateful.sim.Digest;
import dev.tmrkit.stateful.sim.Message;

/** Every message of the replicated-counter protocol. */
public sealed interface Msg extends Message {
    private static long opCode(Op op) {
        return op.isWrite() ? op.code() : 7;
    }

    /** Client to the accepting replica: apply this write. */
    record Write(long opId, Op op) implements Msg {
        public long digest() {
            return Digest.of(1, opId, opCode(op));
        }
    }

    /** To the client: the write is acknowledged, or refused without being applied (with the replier's view). */
    record Reply(long opId, boolean ok, View view) implements Msg {
        public long digest() {
            return Digest.of(2, opId, ok ? 1 : 0, view == null ? -1 : view.number());
        }
    }

    /** Client or observer to a replica: send me your value. */
    record Read(long readId) implements Msg {
        public long digest() {
            return Digest.of(3, readId);
        }
    }

    /** A replica's answer to a {@link Read}. */
    record ReadReply(long readId, long value, long version, int writer) implements Msg {
        public long digest() {
            return Digest.of(4, readId, value, version, writer);
        }
    }

    /** Log-based replication: apply this operation (from the accepting replica, or from a leaderless client). */
    record Entry(long opId, long code, long commitTime, int view, boolean ack, boolean retransmit) implements Msg {
        public long digest() {
            return Digest.of(5, opId, code, commitTime, (long) view << 2 | (ack ? 2 : 0) | (retransmit ? 1 : 0));
        }
    }

    /** State-based replication: adopt this state if it is newer; acknowledge {@code ackId} if not 0. */
    record State(long value, long version, int writer, long commitTime, int view, long ackId, boolean retransmit) implements Msg {
        public long digest() {
            return Digest.of(6, value, version, writer, commitTime) * 31 + ((long) view << 1 ^ ackId * 7 ^ (retransmit ? 1 : 0));
        }
    }

    /** A replica applied write {@code opId}. */
    record Ack(long opId) implements Msg {
        public long digest() {
            return Digest.of(7, opId);
        }
    }

    /**
     * Heartbeat to the view service, with the view the node knows, its version, whether it holds state,
     * and how many {@link Pong}s it has heard.
     */
    record Ping(int view, long version, boolean active, long heard) implements Msg {
        public long digest() {
            return Digest.of(8, view, version, active ? 1 : 0) * 31 + heard;
        }
    }

    /** The view service's answer to a {@link Ping}; the next ping counts it in {@code heard}, so deafness shows. */
    record Pong() implements Msg {
        public long digest() {
            return Digest.of(19);
        }
    }

    /** The view service announces a view. */
    record NewView(View view) implements Msg {
        public long digest() {
            return Digest.of(9, view.number(), view.leader(), view.members().hashCode(), view.joiners().hashCode());
        }
    }

    /** A voter tells the view service that {@code node} was outvoted in view {@code view}. */
    record Suspect(int node, int view) implements Msg {
        public long digest() {
            return Digest.of(10, node, view);
        }
    }

    /** A member without state asks the donor for it. */
    record TransferRequest(int view) implements Msg {
        public long digest() {
            return Digest.of(11, view);
        }
    }

    /** State for a joiner or a recovered member (or every follower, after a leader change). */
    record Transfer(Snapshot snapshot, boolean replay, int view) implements Msg {
        public long digest() {
            return Digest.mix(snapshot.digest(), Digest.of(12, replay ? 1 : 0, view));
        }
    }

    /** A new leader asks the members of the previous view for their state. */
    record SyncRequest(int view) implements Msg {
        public long digest() {
            return Digest.of(13, view);
        }
    }

    /** A member's state for a new leader. */
    record SyncReply(int view, Snapshot snapshot) implements Msg {
        public long digest() {
            return Digest.mix(snapshot.digest(), Digest.of(14, view));
        }
    }

    /** An observer asks a replica to report every change of its value. */
    record Watch() implements Msg {
        public long digest() {
            return Digest.of(15);
        }
    }

    /** A watched replica's value changed. */
    record Changed(long value) implements Msg {
        public long digest() {
            return Digest.of(16, value);
        }
    }

    /**
     * CRDT write from a leaderless client: in {@code epoch}, writer {@code writer}'s entry is at least
     * {@code count} (a reset: the epoch begins, writer -1); {@code covers} are the client's increments the
     * count includes that no acknowledgement has confirmed yet.
     */
    record CrdtWrite(long opId, long epoch, int writer, long count, long[] covers, long commitTime, boolean retransmit) implements Msg {
        public long digest() {
            long h = Digest.of(17, opId, epoch, (long) writer << 1 | (retransmit ? 1 : 0), count) * 31 + commitTime;
            for (long c : covers) {
                h = h * 31 + c;
            }
            return h;
        }

        public CrdtWrite retransmitted() {
            return new CrdtWrite(opId, epoch, writer, count, covers, commitTime, true);
        }
    }

    /** A replica's CRDT state in answer to a client's {@link Read}: its epoch and every writer's entry. */
    record CrdtReply(long readId, long epoch, long[] counts) implements Msg {
        public long digest() {
            long h = Digest.of(18, readId, epoch);
            for (long c : counts) {
                h = h * 31 + c;
            }
            return h;
        }
    }
}
