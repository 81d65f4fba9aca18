package dev.tmrkit.circuits.tmr;

import java.util.Objects;

/**
 * Why the pass voted a net.
 *
 * @param net    the original net whose three replica values are voted
 * @param kind   the voters placed: {@link VoterKind#TRIPLICATED} stands for three voters, the others for one
 * @param reason why, in words: {@code primary output y}, {@code after gate g (scope gates)},
 *               {@code DFF q next state (feedback)}, {@code read by unreplicated gate e}; several joined by
 *               {@code "; "}
 */
public record VoterPlacement(String net, VoterKind kind, String reason) {
    /**
     * Part of the reason of a triplicated output that the replicas also read: its voters, being the output
     * ports, are also what the replicas read, so voting reaches inside the logic (for a flip-flop output,
     * feedback voting that corrects an upset replica at the next clock) even with scope outputs.
     */
    public static final String READ_BACK = "read back by the replicas";

    /** True when this placement votes a triplicated output that the replicas also read ({@link #READ_BACK}). */
    public boolean readBack() {
        return reason.contains(READ_BACK);
    }

    public VoterPlacement {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }
}
