package dev.tmrkit.gates.fault;

import dev.tmrkit.gates.Netlist;

/**
 * A transient fault (single-event upset): the site reads the inverse of its value during clock cycle
 * {@code cycle} (0 for the first, and only, cycle of a combinational evaluation) in the chosen pattern
 * lanes. On a flip-flop's output net it models an upset of the stored bit.
 */
public record BitFlip(Site site, int cycle, LaneMask lanes) implements Fault {
    public BitFlip {
        if (cycle < 0) {
            throw new IllegalArgumentException("cycle must be >= 0: " + cycle);
        }
    }

    /** A flip in every pattern lane during {@code cycle}. */
    public static BitFlip at(Site site, int cycle) {
        return new BitFlip(site, cycle, LaneMask.ALL);
    }

    @Override
    public long apply(long good, int cycle, int word) {
        return cycle == this.cycle ? good ^ lanes.word(word) : good;
    }

    @Override
    public boolean apply(boolean good, int cycle, int lane) {
        return cycle == this.cycle && lanes.contains(lane) ? !good : good;
    }

    @Override
    public String describe(Netlist netlist) {
        return site.describe(netlist) + " flip@" + cycle + (lanes.isAll() ? "" : " lanes " + lanes);
    }
}
