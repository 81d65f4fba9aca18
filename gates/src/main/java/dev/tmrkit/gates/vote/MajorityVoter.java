package dev.tmrkit.gates.vote;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import java.util.List;

/**
 * The two-out-of-three majority voter as gates: {@code r = (a ∧ b) ∨ (b ∧ c) ∨ (a ∧ c)}, built from three
 * 2-input AND gates and one 3-input OR gate. The stand-alone {@link #netlist()} has inputs {@code a, b, c},
 * output {@code r} and internal nets {@code ab, bc, ac}; {@link #instantiate} adds the same four gates to
 * another netlist, with internal nets in the reserved {@code $} namespace so they can never collide with a
 * user's names.
 */
public final class MajorityVoter {
    /** Name of the stand-alone voter netlist. */
    public static final String NAME = "voter";
    /** Number of gates one voter adds. */
    public static final int GATE_COUNT = 4;

    private static final String[] SUFFIXES = {"$ab", "$bc", "$ac"};

    private MajorityVoter() {
    }

    /** The stand-alone voter: inputs {@code a, b, c} (in that order), output {@code r}. */
    public static Netlist netlist() {
        NetlistBuilder b = Netlist.builder(NAME).input("a").input("b").input("c").output("r");
        addGates(b, "a", "b", "c", "r", "ab", "bc", "ac");
        return b.build();
    }

    /**
     * Adds a voter reading nets {@code a}, {@code bNet}, {@code c} and driving {@code out} to {@code b}.
     * The three internal nets are named {@code prefix + "$ab"}, {@code prefix + "$bc"} and
     * {@code prefix + "$ac"} (see {@link #internalNets}).
     *
     * @param prefix a generated-name prefix such as {@code $tmr$voter$3}; must start with {@code $}
     * @return {@code out}, for chaining
     * @throws IllegalArgumentException if the prefix is not in the {@code $} namespace, or an internal
     *     net name is already used in {@code b}
     */
    public static String instantiate(NetlistBuilder b, String a, String bNet, String c, String out, String prefix) {
        List<String> internal = internalNets(prefix);
        for (String net : internal) {
            if (b.hasNet(net)) {
                throw new IllegalArgumentException("voter net '" + net + "' already exists; choose another prefix than '"
                        + prefix + "'");
            }
        }
        addGates(b, a, bNet, c, out, internal.get(0), internal.get(1), internal.get(2));
        return out;
    }

    /** The internal net names {@link #instantiate} uses for {@code prefix}: the ab, bc and ac products. */
    public static List<String> internalNets(String prefix) {
        if (prefix == null || !prefix.startsWith("$")) {
            throw new IllegalArgumentException("voter prefix must start with '$' (the generated-name namespace), got '"
                    + prefix + "'");
        }
        return List.of(prefix + SUFFIXES[0], prefix + SUFFIXES[1], prefix + SUFFIXES[2]);
    }

    /** The majority of three bits. */
    public static boolean vote(boolean a, boolean b, boolean c) {
        return (a && b) || (b && c) || (a && c);
    }

    private static void addGates(NetlistBuilder b, String a, String bNet, String c, String out,
                                 String ab, String bc, String ac) {
        b.gate(GateType.AND, ab, a, bNet);
        b.gate(GateType.AND, bc, bNet, c);
        b.gate(GateType.AND, ac, a, c);
        b.gate(GateType.OR, out, ab, bc, ac);
    }
}
