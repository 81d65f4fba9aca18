package dev.tmrkit.stateful.protocol;

import dev.tmrkit.stateful.sim.Digest;
import dev.tmrkit.stateful.sim.Timer;

/** Every timer of the protocol. */
public sealed interface Tick extends Timer {
    /** Send a heartbeat (and retry what waits on one). */
    record Heartbeat() implements Tick {
        public long digest() {
            return Digest.of(101);
        }
    }

    /** Ship the current state if it changed (asynchronous state-based replication). */
    record Ship() implements Tick {
        public long digest() {
            return Digest.of(102);
        }
    }

    /** Send write {@code opId} again to those that have not acknowledged it. */
    record Retry(long opId) implements Tick {
        public long digest() {
            return Digest.of(103, opId);
        }
    }

    /** Issue the next operation of the schedule. */
    record NextOp() implements Tick {
        public long digest() {
            return Digest.of(104);
        }
    }

    /** Give up waiting for operation {@code opId}. */
    record Expire(long opId) implements Tick {
        public long digest() {
            return Digest.of(105, opId);
        }
    }

    /** An observer's periodic read. */
    record Poll() implements Tick {
        public long digest() {
            return Digest.of(106);
        }
    }

    /** The view service's failure check. */
    record Check() implements Tick {
        public long digest() {
            return Digest.of(107);
        }
    }

    /** Issue {@code op} now: an operation a client library hands in from outside the simulation. */
    record Issue(Op op) implements Tick {
        public long digest() {
            return Digest.of(108, op.isWrite() ? op.code() : 7);
        }
    }
}
