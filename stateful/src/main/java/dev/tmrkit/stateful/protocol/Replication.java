package dev.tmrkit.stateful.protocol;

import java.util.Locale;

/** When a write is acknowledged to the client. */
public enum Replication {
    /** After W replicas (the accepting one included) applied it. */
    SYNC,
    /** As soon as the first node applied it; it propagates in the background, unacknowledged. */
    ASYNC;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
