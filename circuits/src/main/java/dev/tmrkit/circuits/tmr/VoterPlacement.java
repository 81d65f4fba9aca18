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
    public VoterPlacement {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }
}
