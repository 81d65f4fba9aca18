package dev.tmrkit.circuits.probe;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;
import java.util.Locale;

/**
 * One fault written as {@code SITE=KIND}: KIND is {@code sa0}, {@code sa1} (stuck-at), {@code flip} (a
 * transient flip in cycle 0) or {@code flip@T} (in clock cycle T), and SITE is written as {@link Site#describe} prints it: a net name for the
 * stem ({@code 16=sa0}), {@code NET>GATE.PIN} for one fanout branch, the input pin PIN of the gate driving
 * GATE ({@code 11>16.1=sa1}), or {@code NET>OUTPUT#K} for the branch to output port K. A whole net name
 * wins over the branch reading, so names containing {@code >} still work.
 */
public final class FaultSpec {
    private FaultSpec() {
    }

    /**
     * The fault a spec names in {@code netlist}.
     *
     * @throws IllegalArgumentException naming what is wrong: the form, the kind, an unknown net or gate, a pin
     *     the gate does not have or that does not read the net
     */
    public static Fault parse(Netlist netlist, String spec) {
        int eq = spec.lastIndexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new IllegalArgumentException("fault '" + spec + "': expected NET=sa0, NET=sa1 or NET=flip");
        }
        Site site = site(netlist, spec, spec.substring(0, eq));
        String kind = spec.substring(eq + 1).toLowerCase(Locale.ROOT);
        switch (kind) {
            case "sa0": return StuckAt.sa0(site);
            case "sa1": return StuckAt.sa1(site);
            case "flip": return BitFlip.at(site, 0);
            default:
                if (kind.startsWith("flip@")) {
                    return BitFlip.at(site, cycle(spec, kind.substring("flip@".length())));
                }
                throw new IllegalArgumentException("fault '" + spec + "': '" + spec.substring(eq + 1)
                        + "' is not a fault kind; use sa0, sa1, flip or flip@CYCLE");
        }
    }

    private static Site site(Netlist n, String spec, String text) {
        int net = n.netId(text);
        if (net >= 0) {
            return new Site.Stem(net);
        }
        int arrow = text.lastIndexOf('>');
        if (arrow <= 0) {
            throw noNet(n, spec, text);
        }
        String from = text.substring(0, arrow);
        String to = text.substring(arrow + 1);
        int source = n.netId(from);
        if (source < 0) {
            throw noNet(n, spec, from);
        }
        if (to.startsWith("OUTPUT#")) {
            int k = number(spec, to.substring("OUTPUT#".length()));
            if (k >= n.outputCount() || n.output(k) != source) {
                throw new IllegalArgumentException("fault '" + spec + "': output port " + k + " does not show net '" + from + "'");
            }
            return new Site.Port(k);
        }
        int dot = to.lastIndexOf('.');
        int reader = dot > 0 ? n.netId(to.substring(0, dot)) : -1;
        if (reader < 0 || n.driver(reader) < 0) {
            throw new IllegalArgumentException("fault '" + spec + "': expected NET>GATE.PIN with GATE the output net of a gate, got '"
                    + to + "'");
        }
        int gate = n.driver(reader);
        int pin = number(spec, to.substring(dot + 1));
        if (pin >= n.gate(gate).arity() || n.gate(gate).input(pin) != source) {
            throw new IllegalArgumentException("fault '" + spec + "': pin " + pin + " of gate '" + to.substring(0, dot)
                    + "' does not read net '" + from + "'");
        }
        return new Site.Branch(gate, pin);
    }

    private static int cycle(String spec, String text) {
        try {
            int t = Integer.parseInt(text);
            if (t >= 0) {
                return t;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("fault '" + spec + "': the flip cycle '" + text + "' is not a number >= 0");
    }

    private static int number(String spec, String text) {
        try {
            int k = Integer.parseInt(text);
            if (k >= 0) {
                return k;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("fault '" + spec + "': '" + text + "' is not a pin or port number");
    }

    private static IllegalArgumentException noNet(Netlist n, String spec, String name) {
        return new IllegalArgumentException("fault '" + spec + "': '" + n.name() + "' has no net named '" + name + "'");
    }
}
