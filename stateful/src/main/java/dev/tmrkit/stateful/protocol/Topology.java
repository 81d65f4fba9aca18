package dev.tmrkit.stateful.protocol;

import java.util.Locale;

/** Who accepts writes and how reads are answered. */
public enum Topology {
    /** One leader accepts every write and ships it to the followers; reads are voted over all members. */
    SINGLE_LEADER,
    /** Every member accepts the writes of its clients and ships them to the others; reads are voted. */
    MULTI_LEADER,
    /** Clients write to every member and wait for W acknowledgements; reads take the newest of R replies. */
    LEADERLESS;

    /** The command-line name: {@code single-leader}, {@code multi-leader}, {@code leaderless}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
