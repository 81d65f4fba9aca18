package dev.tmrkit.circuits.io.yosys;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FPGA look-up tables as gates, from their truth table: Yosys's {@code $lut} (inputs {@code A}, least significant bit
 * first, output {@code Y}, table {@code LUT}), Xilinx {@code LUT1}..{@code LUT6} ({@code I0}.., {@code O},
 * {@code INIT}) and iCE40 {@code SB_LUT4} ({@code I0}..{@code I3}, {@code O}, {@code LUT_INIT}). The output is bit
 * {@code i} of the table (bit 0 its last character), {@code i} the inputs read as a binary number with input 0 the
 * least significant bit. The table is expanded by Shannon decomposition on the highest input: a tree of
 * multiplexers whose constant and equal branches fold away ({@link YosysLogic#mux}), identical sub-tables sharing
 * one net.
 */
final class YosysLut {
    private static final Pattern XILINX = Pattern.compile("LUT([1-6])");

    private final YosysLogic logic;
    private final Map<String, String> shared = new HashMap<>();

    YosysLut(YosysLogic logic) {
        this.logic = logic;
    }

    /** True for the look-up table types this class reads. */
    static boolean isLut(String type) {
        return type.equals("$lut") || type.equals("SB_LUT4") || XILINX.matcher(type).matches();
    }

    void emit(String type, YosysCells.Pins pins, Location at) {
        List<String> inputs;
        String table;
        String out;
        Matcher xilinx = XILINX.matcher(type);
        if (type.equals("$lut")) {
            inputs = pins.inBus("A");
            table = required(pins, "LUT");
            out = pins.out("Y");
        } else {
            int width = xilinx.matches() ? Integer.parseInt(xilinx.group(1)) : 4;
            inputs = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                inputs.add(pins.in("I" + i));
            }
            table = required(pins, xilinx.matches() ? "INIT" : "LUT_INIT");
            out = pins.out("O");
        }
        int size = 1 << inputs.size();
        boolean[] bits = new boolean[size];
        for (int k = 0; k < table.length(); k++) {
            char c = table.charAt(table.length() - 1 - k);
            if (c != '0' && c != '1') {
                throw pins.error(type + ": its table has the undefined bit '" + c + "' at position " + k);
            }
            if (k >= size) {
                if (c == '1') {
                    throw pins.error(type + ": its table has " + table.length() + " bits with a 1 at position " + k
                            + ", but " + inputs.size() + " inputs address only " + size);
                }
            } else {
                bits[k] = c == '1';
            }
        }
        build(bits, 0, size, inputs, out, at);
    }

    private static String required(YosysCells.Pins pins, String parameter) {
        String value = pins.parameter(parameter);
        if (value == null) {
            throw pins.error("look-up table without its " + parameter + " parameter (the truth table)");
        }
        return value;
    }

    /** The net computing {@code bits[from .. from+size)} over the first log2(size) inputs; {@code target} or a fresh one. */
    private String build(boolean[] bits, int from, int size, List<String> inputs, String target, Location at) {
        boolean first = bits[from];
        boolean constant = true;
        StringBuilder key = new StringBuilder(size);
        for (int k = from; k < from + size; k++) {
            constant &= bits[k] == first;
            key.append(bits[k] ? '1' : '0');
        }
        if (constant) {
            String c = logic.constant(first, at);
            if (target == null) {
                return c;
            }
            logic.gate(GateType.BUF, target, List.of(c), at);
            return target;
        }
        if (target == null && shared.containsKey(key.toString())) {
            return shared.get(key.toString());
        }
        int half = size / 2;
        int variable = Integer.numberOfTrailingZeros(half);
        String low = build(bits, from, half, inputs, null, at);
        String high = build(bits, from + half, half, inputs, null, at);
        String out = target != null ? target : logic.fresh("lut$" + key);
        logic.mux(out, low, high, inputs.get(variable), at);
        if (target == null) {
            shared.put(key.toString(), out);
        }
        return out;
    }
}
