package dev.tmrkit.gates.fault;

import dev.tmrkit.gates.Netlist;

/**
 * Where a fault sits. A {@link Stem} is a net as its driver produces it, seen by every reader; a
 * {@link Branch} is one gate input pin (one fanout branch); a {@link Port} is the branch from a net to a
 * primary output port. A fault on one branch of a fanout differs from a fault on its stem.
 */
public sealed interface Site permits Site.Stem, Site.Branch, Site.Port {

    /** The net whose value the fault changes (as seen at this site). */
    int net(Netlist netlist);

    /** A human-readable name: {@code net}, {@code net>gate.pin} or {@code net>OUTPUT#k}. */
    String describe(Netlist netlist);

    /** The whole net: the value its driver produces. */
    record Stem(int net) implements Site {
        @Override
        public int net(Netlist netlist) {
            return net;
        }

        @Override
        public String describe(Netlist netlist) {
            return netlist.netName(net);
        }
    }

    /** Input pin {@code pin} of gate {@code gate}. */
    record Branch(int gate, int pin) implements Site {
        @Override
        public int net(Netlist netlist) {
            if (pin < 0 || pin >= netlist.gateArity(gate)) {
                throw new IndexOutOfBoundsException("pin " + pin + " of a gate with " + netlist.gateArity(gate) + " inputs");
            }
            return netlist.gateInput(gate, pin);   // without making a Gate: reports name thousands of branches
        }

        @Override
        public String describe(Netlist netlist) {
            return netlist.netName(net(netlist)) + ">" + netlist.netName(netlist.gateOutput(gate)) + "." + pin;
        }
    }

    /** The branch from a net to primary output port {@code output} (index in declared output order). */
    record Port(int output) implements Site {
        @Override
        public int net(Netlist netlist) {
            return netlist.output(output);
        }

        @Override
        public String describe(Netlist netlist) {
            return netlist.netName(net(netlist)) + ">OUTPUT#" + output;
        }
    }
}
