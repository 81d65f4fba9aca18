package dev.tmrkit.gates.fault;

import dev.tmrkit.gates.Netlist;

/** A permanent fault: the site always reads {@code value}, in every cycle and pattern lane. */
public record StuckAt(Site site, boolean value) implements Fault {
    public static StuckAt sa0(Site site) {
        return new StuckAt(site, false);
    }

    public static StuckAt sa1(Site site) {
        return new StuckAt(site, true);
    }

    @Override
    public long apply(long good, int cycle, int word) {
        return value ? -1L : 0L;
    }

    @Override
    public boolean apply(boolean good, int cycle, int lane) {
        return value;
    }

    @Override
    public String describe(Netlist netlist) {
        return site.describe(netlist) + (value ? " sa1" : " sa0");
    }
}
