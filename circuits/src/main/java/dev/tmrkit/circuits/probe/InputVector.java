package dev.tmrkit.circuits.probe;

import dev.tmrkit.circuits.tmr.InputTies;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Netlist;

/**
 * An input vector written as 0/1 characters in declared input order, such as {@code 10110} for c17's
 * inputs 1, 2, 3, 6, 7. A TMR netlist with triplicated inputs also takes one character per logical input:
 * the three copies {@code $tmr$A$x}, {@code $tmr$B$x}, {@code $tmr$C$x} of input x then get the same value.
 */
public final class InputVector {
    private InputVector() {
    }

    /**
     * The value of every primary input of {@code netlist}.
     *
     * @throws IllegalArgumentException for a character other than 0 and 1, or the wrong number of them
     */
    public static boolean[] parse(Netlist netlist, String bits) {
        for (int i = 0; i < bits.length(); i++) {
            char c = bits.charAt(i);
            if (c != '0' && c != '1') {
                throw new IllegalArgumentException("input vector '" + bits + "': character " + (i + 1)
                        + " is '" + c + "', expected 0 or 1");
            }
        }
        int inputs = netlist.inputCount();
        if (bits.length() == inputs) {
            boolean[] v = new boolean[inputs];
            for (int i = 0; i < inputs; i++) {
                v[i] = bits.charAt(i) == '1';
            }
            return v;
        }
        InputTies ties = TmrRoles.inputTies(netlist);
        if (!ties.isTrivial() && bits.length() == ties.logicalInputs()) {
            boolean[] v = new boolean[inputs];
            for (int i = 0; i < inputs; i++) {
                v[i] = bits.charAt(ties.sourceOf(i)) == '1';
            }
            return v;
        }
        String expected = ties.isTrivial() ? String.valueOf(inputs)
                : inputs + " (or " + ties.logicalInputs() + ", one per triplicated input)";
        throw new IllegalArgumentException("input vector '" + bits + "' has " + bits.length() + " bits, but '"
                + netlist.name() + "' has " + expected + " inputs" + names(netlist));
    }

    /** The vector as 0/1 text. */
    public static String format(boolean[] vector) {
        StringBuilder sb = new StringBuilder(vector.length);
        for (boolean b : vector) {
            sb.append(b ? '1' : '0');
        }
        return sb.toString();
    }

    private static String names(Netlist netlist) {
        if (netlist.inputCount() > 12) {
            return "";
        }
        return ": " + String.join(", ", netlist.inputNames());
    }
}
