package dev.tmrkit.circuits.library;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import dev.tmrkit.gates.vote.MajorityVoter;

/**
 * The textbook TMR example: three copies of an AND gate with three majority voters (triplicated voters), "3
 * logic gates and 3 majority gates". Inputs {@code a, b} are shared; replicas {@code g_A, g_B, g_C} each
 * compute {@code a ∧ b}; output {@code y_X} (X = A, B, C) is a voter reading all three replicas, so one faulty
 * replica or one faulty voter corrupts at most one output. Voter internals live under {@code $voter$X}.
 */
public final class TmrGateExample {
    /** The built-in name. */
    public static final String NAME = "tmr-gate";
    private static final String[] REPLICAS = {"A", "B", "C"};

    private TmrGateExample() {
    }

    /** The triplicated AND gate with triplicated voters; outputs {@code y_A, y_B, y_C}. */
    public static Netlist netlist() {
        NetlistBuilder b = Netlist.builder(NAME).input("a").input("b");
        for (String r : REPLICAS) {
            b.output("y_" + r);
        }
        for (String r : REPLICAS) {
            b.gate(GateType.AND, "g_" + r, "a", "b");
        }
        for (String r : REPLICAS) {
            MajorityVoter.instantiate(b, "g_A", "g_B", "g_C", "y_" + r, "$voter$" + r);
        }
        return b.build();
    }
}
