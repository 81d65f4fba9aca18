package dev.tmrkit.circuits.render;

import dev.tmrkit.circuits.probe.FaultCone;
import dev.tmrkit.circuits.probe.InputVector;
import dev.tmrkit.circuits.probe.NetValues;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.Pin;
import dev.tmrkit.gates.fault.Site;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * What a diagram shows of a fault and of an input vector: the {@link Mark} of each net, branch, port and voter
 * (the fault site red, the nets it changes orange) and the value each net carries ({@code 1}, or
 * {@code good/faulty} where the fault, shown for one vector, changes it), with the caption lines that explain them.
 */
final class FaultMarks {
    private final Netlist n;
    private final Optional<FaultCone> fault;
    private final Optional<NetValues> good;
    private final Optional<NetValues> bad;

    FaultMarks(Netlist netlist, DiagramOptions options) {
        this.n = netlist;
        this.fault = options.fault();
        this.good = fault.flatMap(FaultCone::good).or(options::values);
        this.bad = fault.flatMap(FaultCone::faulty);
    }

    boolean present() {
        return fault.isPresent();
    }

    /** The fault's site, when there is a fault. */
    Optional<Site> site() {
        return fault.map(f -> f.fault().site());
    }

    boolean isSite(Site site) {
        return fault.isPresent() && fault.get().fault().site().equals(site);
    }

    boolean differs(int net) {
        return fault.isPresent() && fault.get().differs(net);
    }

    Mark net(int net) {
        return isSite(new Site.Stem(net)) ? Mark.SITE : differs(net) ? Mark.CONE : Mark.NONE;
    }

    Mark edge(int net, Pin pin) {
        return isSite(new Site.Branch(pin.gate(), pin.pin())) ? Mark.SITE : differs(net) ? Mark.CONE : Mark.NONE;
    }

    /** The edge from {@code net} to output port {@code k}. */
    Mark portEdge(int net, int k) {
        return isSite(new Site.Port(k)) ? Mark.SITE : differs(net) ? Mark.CONE : Mark.NONE;
    }

    Mark port(int k) {
        return fault.isPresent() && fault.get().portDiffers(k) ? Mark.CONE : Mark.NONE;
    }

    /** The strongest mark on a MAJ node's output, its terms, or the branches into its OR. */
    Mark voter(int out) {
        Mark mark = net(out);
        Gate or = n.gate(n.driver(out));
        for (int p = 0; p < or.arity(); p++) {
            mark = stronger(mark, net(or.input(p)));
            if (isSite(new Site.Branch(n.driver(out), p))) {
                mark = Mark.SITE;
            }
        }
        return mark;
    }

    private static Mark stronger(Mark a, Mark b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    Optional<String> value(int net) {
        return good.map(g -> shown(g.value(net), bad.map(b -> b.value(net))));
    }

    Optional<String> portValue(int k) {
        return good.map(g -> shown(g.port(k), bad.map(b -> b.port(k))));
    }

    private static String shown(boolean good, Optional<Boolean> faulty) {
        return faulty.isPresent() && faulty.get() != good ? bit(good) + "/" + bit(faulty.get()) : bit(good);
    }

    private static String bit(boolean b) {
        return b ? "1" : "0";
    }

    /** The caption's lines for the input vector and the fault; {@code drawn} tells which nets are in the picture. */
    void caption(List<String> lines, IntPredicate drawn) {
        good.ifPresent(v -> lines.add("inputs " + InputVector.format(v.inputs())
                + (n.inputCount() <= 12 ? " (" + String.join(" ", n.inputNames()) + ")" : "")
                + (bad.isPresent() ? ", values good/faulty" : "")));
        fault.ifPresent(f -> {
            int shown = 0;
            for (int net = 0; net < n.netCount(); net++) {
                shown += drawn.test(net) && f.differs(net) ? 1 : 0;
            }
            lines.add("fault " + f.fault().describe(n) + " (red) changes " + f.size() + " net" + (f.size() == 1 ? "" : "s")
                    + (shown < f.size() ? ", " + shown + " of them drawn" : "") + " (orange) for "
                    + (f.good().isPresent() ? "this vector" : "at least one of " + f.patterns()));
        });
    }
}
