package dev.tmrkit.circuits.sat;

import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import java.util.SplittableRandom;

/** Netlists for the provers' tests: copies that are equal by construction, and copies with one gate changed. */
public final class Mutations {
    private Mutations() {
    }

    /**
     * The same function built differently: every gate's inputs in reverse order, every AND/OR rebuilt as
     * the De Morgan dual under NOT gates (new nets in a {@code $m$} namespace).
     */
    public static Netlist restructured(Netlist n) {
        NetlistBuilder b = samePorts(n, "-restructured");
        for (int g = 0; g < n.gateCount(); g++) {
            Gate gate = n.gate(g);
            String out = n.netName(gate.output());
            String[] in = new String[gate.arity()];
            for (int p = 0; p < in.length; p++) {
                in[p] = n.netName(gate.input(in.length - 1 - p));
            }
            GateType t = gate.type();
            if (t == GateType.AND || t == GateType.OR) {
                String[] neg = new String[in.length];
                for (int p = 0; p < in.length; p++) {
                    neg[p] = "$m$" + out + "$" + p;
                    b.gate(GateType.NOT, neg[p], in[p]);
                }
                b.gate(t == GateType.AND ? GateType.NOR : GateType.NAND, out, neg);
            } else {
                b.gate(t, out, in);
            }
        }
        return b.build();
    }

    /** One combinational gate (chosen by {@code r}) gets another type of the same arity class. */
    public static Netlist mutated(Netlist n, SplittableRandom r) {
        int victim;
        do {
            victim = r.nextInt(n.gateCount());
        } while (n.gate(victim).type().isSequential());
        NetlistBuilder b = samePorts(n, "-mutated");
        for (int g = 0; g < n.gateCount(); g++) {
            Gate gate = n.gate(g);
            String[] in = new String[gate.arity()];
            for (int p = 0; p < in.length; p++) {
                in[p] = n.netName(gate.input(p));
            }
            GateType t = g == victim ? other(gate.type(), r) : gate.type();
            b.gate(t, n.netName(gate.output()), in);
        }
        return b.build();
    }

    private static NetlistBuilder samePorts(Netlist n, String suffix) {
        NetlistBuilder b = Netlist.builder(n.name() + suffix);
        n.inputNames().forEach(b::input);
        n.outputNames().forEach(b::output);
        return b;
    }

    private static GateType other(GateType t, SplittableRandom r) {
        GateType[] choices = switch (t) {
            case NOT, BUF -> new GateType[] {t == GateType.NOT ? GateType.BUF : GateType.NOT};
            case CONST0 -> new GateType[] {GateType.CONST1};
            case CONST1 -> new GateType[] {GateType.CONST0};
            default -> new GateType[] {GateType.AND, GateType.OR, GateType.NAND, GateType.NOR, GateType.XOR, GateType.XNOR};
        };
        GateType c;
        do {
            c = choices[r.nextInt(choices.length)];
        } while (c == t);
        return c;
    }
}
