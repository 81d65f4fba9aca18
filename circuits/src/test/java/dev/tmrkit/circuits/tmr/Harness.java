package dev.tmrkit.circuits.tmr;

import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The environment of a TMR netlist with triplicated inputs, as a netlist: each replica's input copy
 * {@code $tmr$X$x} becomes a buffer of one new input {@code x}, so a campaign's patterns drive the three
 * copies alike (independent copies would disagree without any fault, and then a single fault can tip a
 * vote). The buffers' outputs keep the copies' names and sinks, so every fault site of the TMR netlist is a
 * fault site of the harness; the new inputs are the only extra sites ({@link #isHarnessNet}).
 */
final class Harness {
    private Harness() {
    }

    static Netlist tieInputs(Netlist tmr) {
        NetlistBuilder b = Netlist.builder(tmr.name() + "+harness");
        Set<String> shared = new LinkedHashSet<>();
        List<String[]> buffers = new ArrayList<>();
        for (String in : tmr.inputNames()) {
            TmrRoles.Role role = TmrRoles.roleOf(in);
            if (role.region() == TmrRoles.Region.REPLICA) {
                shared.add(role.original());
                buffers.add(new String[] {in, role.original()});
            } else {
                shared.add(in);
            }
        }
        for (String in : shared) {
            b.input(in);
        }
        for (String out : tmr.outputNames()) {
            b.output(out);
        }
        for (String[] buf : buffers) {
            b.gate(GateType.BUF, buf[0], buf[1]);
        }
        for (Gate g : tmr.gates()) {
            List<String> ins = new ArrayList<>();
            for (int in : g.inputs()) {
                ins.add(tmr.netName(in));
            }
            b.gate(g.type(), tmr.netName(g.output()), ins, Location.NONE);
        }
        return b.build();
    }

    /** True for a net the harness added: an input standing for three replica copies. */
    static boolean isHarnessNet(Netlist harness, Netlist tmr, int net) {
        return tmr.netId(harness.netName(net)) < 0;
    }
}
