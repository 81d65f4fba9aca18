package dev.tmrkit.circuits.tmr;

import dev.tmrkit.gates.Netlist;
import java.util.Objects;

/** What {@link TmrPass#run} returns: the TMR netlist and the report of what it cost. */
public record TmrResult(Netlist netlist, TmrReport report) {
    public TmrResult {
        Objects.requireNonNull(netlist, "netlist");
        Objects.requireNonNull(report, "report");
    }
}
