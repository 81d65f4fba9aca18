package dev.tmrkit.circuits.faults;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.Pin;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;
import java.util.ArrayList;
import java.util.List;

/**
 * Fault lists. A stem is a primary input or a gate output; a net with more than one sink (gate pins and
 * primary-output ports both count) also has one branch per sink. Constant gates' outputs are stems like
 * any other. Each site carries a stuck-at-0 and a stuck-at-1 fault.
 */
public final class FaultLists {
    private FaultLists() {
    }

    /** Every stem and branch site, stems first in net order, then branches. */
    public static List<Site> sites(Netlist n) {
        List<Site> sites = new ArrayList<>();
        for (int net = 0; net < n.netCount(); net++) {
            sites.add(new Site.Stem(net));
        }
        for (int net = 0; net < n.netCount(); net++) {
            if (n.sinkCount(net) > 1) {
                for (Pin p : n.fanoutPins(net)) {
                    sites.add(new Site.Branch(p.gate(), p.pin()));
                }
                for (int o = 0; o < n.outputCount(); o++) {
                    if (n.output(o) == net) {
                        sites.add(new Site.Port(o));
                    }
                }
            }
        }
        return sites;
    }

    /** All single stuck-at faults, uncollapsed: sa0 and sa1 on every site of {@link #sites}. */
    public static List<Fault> allStuckAt(Netlist n) {
        List<Fault> faults = new ArrayList<>();
        for (Site s : sites(n)) {
            faults.add(StuckAt.sa0(s));
            faults.add(StuckAt.sa1(s));
        }
        return faults;
    }
}
