package dev.tmrkit.stateful.compare;

import dev.tmrkit.stateful.protocol.Redundancy;

/**
 * What an operation met while it was open (from its invocation to its answer or time-out), the first
 * that applies in this order. The same situation works through a different mechanism in static and in
 * dynamic redundancy; {@link #mechanism} names it.
 */
public enum Situation {
    /** The leader of the view was crashed or paused (single-leader only). */
    LEADER_DOWN,
    /** A new view was installed and is not ready: its leader gathers state, its joiners wait for theirs. */
    RECONFIGURING,
    /** Another member of the view was crashed or paused. */
    MEMBER_DOWN,
    /** A partition or an omission touched a member, or a member's clock was skewed. */
    NETWORK_OR_CLOCK,
    /** None of the above. */
    CALM;

    /** The key in JSON. */
    public String key() {
        return switch (this) {
            case RECONFIGURING -> "reconfiguring";
            case LEADER_DOWN -> "leaderDown";
            case MEMBER_DOWN -> "memberDown";
            case NETWORK_OR_CLOCK -> "networkOrClock";
            case CALM -> "calm";
        };
    }

    /** The mechanism by which this situation costs operations under redundancy {@code r}. */
    public String mechanism(Redundancy r) {
        boolean stat = r == Redundancy.STATIC;
        return switch (this) {
            case RECONFIGURING -> "reconfiguration: a new leader gathers the state of a majority of the previous view before it "
                    + "accepts writes, and joiners answer no reads until a transfer gives them state";
            case LEADER_DOWN -> stat ? "no failover: the set never changes, so writes are refused or time out until the leader "
                    + "recovers" : "detection delay: the crashed leader keeps its slot until the view service misses its heartbeats "
                    + "for the failure timeout";
            case MEMBER_DOWN -> stat ? "voter masking at its limit: the vote is over every replica, so with one down the two left "
                    + "must agree, and a write in flight between them leaves no majority" : "detection delay: the crashed member "
                    + "keeps its slot, and the vote counts it, until the failure timeout";
            case NETWORK_OR_CLOCK -> stat ? "a cut-off or omitting replica stays in the vote and nothing replaces it (a skewed "
                    + "clock changes only that replica's own timers: a static follower's reads then fail as calm ones do)"
                    : "a cut-off, omitting or skewed replica is removed once the view service misses its heartbeats (a partition "
                    + "heals into a re-admitted spare)";
            case CALM -> "no fault open: reads meeting a write in flight between replicas find no majority";
        };
    }
}
