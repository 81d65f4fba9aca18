package dev.tmrkit.circuits.io.yosys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FPGA look-up tables, whatever file they come from (Yosys JSON, BLIF {@code .subckt}, Verilog instances): the cell
 * types and their ports ({@link Shape}), the truth table as bits, and its expansion into multiplexers by Shannon
 * decomposition on the highest input, constant and equal branches folded and identical sub-tables shared
 * ({@link #expand}). The output is bit {@code i} of the table, {@code i} the inputs read as a binary number with
 * input 0 the least significant bit.
 */
public final class LutTable {
    private static final Pattern XILINX = Pattern.compile("LUT([1-6])");

    private LutTable() {
    }

    /**
     * The ports of a look-up-table cell type.
     *
     * @param inputs    the input ports, input 0 first ({@code I0, I1, ...}); empty for Yosys's {@code $lut}, whose inputs
     *                  are the bus {@code bus}
     * @param bus       the input bus port of {@code $lut} ({@code A}, least significant bit first), else null
     * @param output    the output port
     * @param table     the parameter holding the truth table
     */
    public record Shape(List<String> inputs, String bus, String output, String table) {
        public Shape {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * Yosys's {@code $lut} ({@code A} bus, {@code Y}, {@code LUT}), Xilinx {@code LUT1}..{@code LUT6} ({@code I0}..,
     * {@code O}, {@code INIT}) and iCE40 {@code SB_LUT4} ({@code I0}..{@code I3}, {@code O}, {@code LUT_INIT}); empty
     * for any other type.
     */
    public static Optional<Shape> shape(String type) {
        if (type.equals("$lut")) {
            return Optional.of(new Shape(List.of(), "A", "Y", "LUT"));
        }
        Matcher xilinx = XILINX.matcher(type);
        if (xilinx.matches() || type.equals("SB_LUT4")) {
            int width = xilinx.matches() ? Integer.parseInt(xilinx.group(1)) : 4;
            List<String> inputs = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                inputs.add("I" + i);
            }
            return Optional.of(new Shape(inputs, null, "O", xilinx.matches() ? "INIT" : "LUT_INIT"));
        }
        return Optional.empty();
    }

    /**
     * The table of {@code inputs} inputs from its bit string (most significant bit first, as Yosys writes parameters):
     * entry {@code k} is character {@code length - 1 - k}; entries the string does not reach are 0.
     *
     * @throws IllegalArgumentException for a character other than 0 and 1, or a 1 beyond the {@code 2^inputs} entries
     */
    public static boolean[] bits(String table, int inputs) {
        int size = 1 << inputs;
        boolean[] bits = new boolean[size];
        for (int k = 0; k < table.length(); k++) {
            char c = table.charAt(table.length() - 1 - k);
            if (c != '0' && c != '1') {
                throw new IllegalArgumentException("its table has the undefined bit '" + c + "' at position " + k);
            }
            if (k >= size) {
                if (c == '1') {
                    throw new IllegalArgumentException("its table has " + table.length() + " bits with a 1 at position " + k
                            + ", but " + inputs + " inputs address only " + size);
                }
            } else {
                bits[k] = c == '1';
            }
        }
        return bits;
    }

    /** How an expansion builds its result: constants and multiplexers over some representation of a signal. */
    public interface Logic<T> {
        /** A constant; {@code root} when it is the whole table's value. */
        T constant(boolean one, boolean root);

        /** {@code select ? one : zero}; {@code root} when it is the whole table's value. */
        T mux(T select, T zero, T one, boolean root);
    }

    /** The table {@code bits} over {@code inputs} (input 0 first; {@code bits.length == 2^inputs.size()}). */
    public static <T> T expand(boolean[] bits, List<T> inputs, Logic<T> logic) {
        if (bits.length != 1 << inputs.size()) {
            throw new IllegalArgumentException(bits.length + " table entries for " + inputs.size() + " inputs");
        }
        return build(bits, 0, bits.length, inputs, logic, new HashMap<>(), true);
    }

    private static <T> T build(boolean[] bits, int from, int size, List<T> inputs, Logic<T> logic, Map<String, T> shared,
                               boolean root) {
        boolean first = bits[from];
        boolean constant = true;
        StringBuilder key = new StringBuilder(size);
        for (int k = from; k < from + size; k++) {
            constant &= bits[k] == first;
            key.append(bits[k] ? '1' : '0');
        }
        if (constant) {
            return logic.constant(first, root);
        }
        T known = root ? null : shared.get(key.toString());
        if (known != null) {
            return known;
        }
        int half = size / 2;
        int variable = Integer.numberOfTrailingZeros(half);
        T low = build(bits, from, half, inputs, logic, shared, false);
        T high = build(bits, from + half, half, inputs, logic, shared, false);
        T out = logic.mux(inputs.get(variable), low, high, root);
        if (!root) {
            shared.put(key.toString(), out);
        }
        return out;
    }
}
