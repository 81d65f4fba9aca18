package dev.tmrkit.circuits.io;

import dev.tmrkit.gates.Netlist;
import java.util.Objects;
import java.util.Optional;

/**
 * A netlist as read, with the name of the clock input the reader recognised and dropped (tmrkit's clock is
 * implicit), so that a writer can give the clock port its original name instead of inventing one.
 */
public record ClockedNetlist(Netlist netlist, Optional<String> clock) {
    public ClockedNetlist {
        Objects.requireNonNull(netlist, "netlist");
        Objects.requireNonNull(clock, "clock");
    }
}
