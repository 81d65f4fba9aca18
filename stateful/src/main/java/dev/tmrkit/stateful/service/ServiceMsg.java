package dev.tmrkit.stateful.service;

import dev.tmrkit.stateful.sim.Digest;
import dev.tmrkit.stateful.sim.Message;
import dev.tmrkit.stateful.sim.Timer;

/** The service's messages and timers. */
sealed interface ServiceMsg {
    /** Dispatcher to a server: compute f(input) for request {@code id}. */
    record Request(long id, long input) implements ServiceMsg, Message {
        public long digest() {
            return Digest.of(201, id, input);
        }
    }

    /** Server to the dispatcher: the result. */
    record Response(long id, long value) implements ServiceMsg, Message {
        public long digest() {
            return Digest.of(202, id, value);
        }
    }

    /** The dispatcher's next arrival. */
    record Arrival() implements ServiceMsg, Timer {
        public long digest() {
            return Digest.of(203);
        }
    }

    /** Give up on request {@code id}. */
    record Expire(long id) implements ServiceMsg, Timer {
        public long digest() {
            return Digest.of(204, id);
        }
    }

    /** A server finished the request at the head of its queue. */
    record Done() implements ServiceMsg, Timer {
        public long digest() {
            return Digest.of(205);
        }
    }
}
