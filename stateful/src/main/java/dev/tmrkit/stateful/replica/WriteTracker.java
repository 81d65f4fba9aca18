package dev.tmrkit.stateful.replica;

import dev.tmrkit.stateful.protocol.Msg;

/**
 * The synchronous writes an accepting replica (or a leaderless client) still ships: who asked, how many
 * acknowledgements the answer needs, and which targets have acknowledged (each counts once). A write
 * is answered when it has enough acknowledgements, but stays here, to be sent again to the targets
 * that have not acknowledged, until all have or the operation's time is up.
 */
final class WriteTracker {
    /** One write in flight. */
    static final class Pending {
        final long opId;
        final int client;
        final int handle;
        final int needed;
        final int[] targets;
        final long start;
        Msg message;
        private long ackedMask;
        private int acks;
        private boolean answered;

        Pending(long opId, int client, int handle, int needed, int[] targets, Msg message, long start) {
            this.opId = opId;
            this.client = client;
            this.handle = handle;
            this.needed = needed;
            this.targets = targets;
            this.message = message;
            this.start = start;
        }

        /** Whether the write already had enough acknowledgements. */
        boolean answered() {
            return answered;
        }

        boolean acked(int node) {
            return (ackedMask & 1L << node) != 0;
        }

        /** The first target, in order, that has not acknowledged, or -1 (the next link of a chain). */
        int nextTarget() {
            for (int t : targets) {
                if (!acked(t)) {
                    return t;
                }
            }
            return -1;
        }
    }

    private final LongMap<Pending> pending = new LongMap<>();

    Pending open(long opId, int client, int handle, int needed, int[] targets, Msg message, long now) {
        Pending p = new Pending(opId, client, handle, needed, targets, message, now);
        pending.put(opId, p);
        return p;
    }

    /**
     * Counts {@code from}'s acknowledgement; returns the write if it now has enough for the first time
     * (answer the client). A write every target acknowledged is forgotten.
     */
    Pending ack(long opId, int from) {
        Pending p = pending.get(opId);
        if (p == null || p.acked(from)) {
            return null;
        }
        p.ackedMask |= 1L << from;
        p.acks++;
        if (p.acks == p.targets.length) {
            pending.remove(opId);
        }
        if (p.acks >= p.needed && !p.answered) {
            p.answered = true;
            return p;
        }
        return null;
    }

    Pending get(long opId) {
        return pending.get(opId);
    }

    void remove(long opId) {
        pending.remove(opId);
    }

    void clear() {
        pending.clear();
    }
}
