package dev.tmrkit.cli;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;

/** Parses {@code NET=sa0}, {@code NET=sa1} or {@code NET=flip[@CYCLE]} into a fault on the net's stem. */
final class FaultSpec {
    private FaultSpec() {
    }

    static Fault parse(String spec, Netlist n) {
        int eq = spec.lastIndexOf('=');
        if (eq <= 0) {
            throw new UserException("--fault takes NET=sa0, NET=sa1 or NET=flip[@CYCLE], not '" + spec + "'");
        }
        String net = spec.substring(0, eq);
        String kind = spec.substring(eq + 1);
        int id = n.netId(net);
        if (id < 0) {
            throw new UserException("--fault: '" + n.name() + "' has no net named '" + net + "'");
        }
        Site site = new Site.Stem(id);
        if (kind.equals("sa0")) {
            return StuckAt.sa0(site);
        }
        if (kind.equals("sa1")) {
            return StuckAt.sa1(site);
        }
        if (kind.equals("flip") || kind.startsWith("flip@")) {
            int cycle = 0;
            if (kind.startsWith("flip@")) {
                try {
                    cycle = Integer.parseInt(kind.substring(5));
                } catch (NumberFormatException e) {
                    cycle = -1;
                }
                if (cycle < 0) {
                    throw new UserException("--fault: the flip cycle must be a number >= 0 in '" + spec + "'");
                }
            }
            return BitFlip.at(site, cycle);
        }
        throw new UserException("--fault: unknown fault kind '" + kind + "'; expected sa0, sa1 or flip[@CYCLE]");
    }
}
