package dev.tmrkit.stateful.protocol;

import java.util.Locale;

/** When a write is acknowledged to the client. */
public enum Replication {
    /**
     * After W replicas (the accepting one included) applied it; shipped to every other member at once
     * (a parallel quorum: the W-1 fastest acknowledgements answer).
     */
    SYNC,
    /** As soon as the first node applied it; it propagates in the background, unacknowledged. */
    ASYNC,
    /**
     * Synchronous, one follower after another (the chapter's form): shipped to the first other member,
     * to the next only once the previous acknowledged, answered after W replicas applied it; the rest
     * receive it afterwards, still one at a time. Needs an accepting replica (not leaderless).
     */
    CHAIN;

    /** Whether the client waits for W replicas (sync and chain). */
    public boolean synchronous() {
        return this != ASYNC;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
