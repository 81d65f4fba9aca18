package dev.tmrkit.stateful.protocol;

/** A client's operation on the counter. Writes have a code for logs: the amount, or {@link #RESET_CODE}. */
public sealed interface Op {
    /** The log code of a reset (an increment's code is its amount, which is at least 1). */
    long RESET_CODE = Long.MIN_VALUE;

    /** Adds {@code amount} (at least 1). */
    record Increment(long amount) implements Op {
        public Increment {
            if (amount < 1) {
                throw new IllegalArgumentException("an increment adds at least 1, got " + amount);
            }
        }
    }

    /** Sets the counter to 0. */
    record Reset() implements Op {
    }

    /** Returns the counter's value. */
    record Read() implements Op {
    }

    /** Whether the operation changes the counter. */
    default boolean isWrite() {
        return !(this instanceof Read);
    }

    /** The code of a write in a log. */
    default long code() {
        if (this instanceof Increment i) {
            return i.amount();
        }
        if (this instanceof Reset) {
            return RESET_CODE;
        }
        throw new IllegalStateException("a read is not logged");
    }

    /** The write a log code stands for (the zero-two-five scenario shows what a log ships). */
    static Op ofCode(long code) {
        return code == RESET_CODE ? new Reset() : new Increment(code);
    }

    /** The counter after applying the write with log code {@code code} to {@code value}. */
    static long apply(long value, long code) {
        return code == RESET_CODE ? 0 : value + code;
    }
}
