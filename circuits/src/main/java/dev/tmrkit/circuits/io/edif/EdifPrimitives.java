package dev.tmrkit.circuits.io.edif;

import dev.tmrkit.circuits.io.NetlistAssembly;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.circuits.io.yosys.YosysSubckts;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells without contents that tmrkit reads, as gates: its own generic library ({@link EdifWriter}: {@code AND2}
 * .. {@code XNOR<n>} with {@code I0..}, {@code O}; {@code INV}, {@code BUF}, {@code GND}, {@code VCC}, {@code DFF});
 * Xilinx buffers {@code IBUF OBUF BUFG IBUFG} (a BUF); look-up tables {@code LUT1}..{@code LUT6} with their
 * {@code INIT} property ({@code "16'h8000"}, expanded as Yosys's are); and the flip-flops {@code FDRE} and
 * {@code FDSE} (synchronous reset or set winning over the clock enable) and {@code FDCE} and {@code FDPE} (asynchronous
 * clear or preset, modelled at the level of clock cycles), through the cells of {@link YosysSubckts}. A flip-flop
 * whose {@code INIT} is 1 is refused (tmrkit's flip-flops start at 0), and so is any other cell, by name.
 */
final class EdifPrimitives {
    private static final Pattern GATE = Pattern.compile("(AND|OR|XOR|NAND|NOR|XNOR)(\\d{1,4})");
    private static final Pattern LUT = Pattern.compile("LUT([1-6])");
    private static final Map<String, String> FLIP_FLOPS = Map.of("DFF", "$_DFF_P_", "FDRE", "$_SDFFE_PP0P_",
            "FDSE", "$_SDFFE_PP1P_", "FDCE", "$_DFFE_PP0P_", "FDPE", "$_DFFE_PP1P_");
    /** Flip-flop pins: EDIF name to Yosys name. */
    private static final Map<String, Map<String, String>> FLIP_FLOP_PINS = Map.of(
            "DFF", Map.of("C", "C", "D", "D", "Q", "Q"),
            "FDRE", Map.of("C", "C", "D", "D", "Q", "Q", "CE", "E", "R", "R"),
            "FDSE", Map.of("C", "C", "D", "D", "Q", "Q", "CE", "E", "S", "R"),
            "FDCE", Map.of("C", "C", "D", "D", "Q", "Q", "CE", "E", "CLR", "R"),
            "FDPE", Map.of("C", "C", "D", "D", "Q", "Q", "CE", "E", "PRE", "R"));
    static final String KNOWN = "AND2.., OR, XOR, NAND, NOR, XNOR with I0.. and O, INV, BUF, IBUF, OBUF, BUFG, GND, VCC,"
            + " DFF, LUT1..LUT6 (INIT), FDRE, FDSE, FDCE, FDPE";

    /** Buffers, which a clock tree passes through: {@code IBUF -> BUFG -> C} in every Vivado netlist. */
    private static final java.util.Set<String> BUFFERS = java.util.Set.of("BUF", "IBUF", "OBUF", "BUFG", "IBUFG");

    static boolean isBuffer(String type) {
        return BUFFERS.contains(type.toUpperCase(Locale.ROOT));
    }

    static boolean isFlipFlop(String type) {
        return FLIP_FLOPS.containsKey(type.toUpperCase(Locale.ROOT));
    }

    private final NetlistAssembly netlist;
    private final YosysSubckts cells;
    private final YosysSubckts.Clock clock;

    EdifPrimitives(NetlistAssembly netlist, YosysSubckts.Clock clock) {
        this.netlist = netlist;
        this.cells = new YosysSubckts(netlist);
        this.clock = clock;
    }

    /**
     * Emits one primitive instance.
     *
     * @param net   the net name of a pin node
     * @param read  called with each net the instance reads
     * @param error the parse error for a reason, at the instance
     */
    void emit(EdifDesign.Primitive p, Function<Integer, String> net, Consumer<String> read,
              Function<String, ParseException> error) {
        String type = p.cell().name().text().toUpperCase(Locale.ROOT);
        Location at = new Location(p.at().line(), p.at().column());
        Function<String, String> pin = port -> {
            Integer node = p.pin(port);
            if (node == null) {
                throw error.apply("cell " + p.cell().name().text() + " has no port " + port + " (instance " + p.path() + ")");
            }
            return net.apply(node);
        };
        Function<String, String> in = port -> {
            String n = pin.apply(port);
            read.accept(n);
            return n;
        };
        Matcher gate = GATE.matcher(type);
        if (gate.matches() && Integer.parseInt(gate.group(2)) >= 2) {
            List<String> inputs = new ArrayList<>();
            for (int i = 0; i < Integer.parseInt(gate.group(2)); i++) {
                inputs.add(in.apply("I" + i));
            }
            netlist.gate(GateType.valueOf(gate.group(1)), pin.apply("O"), inputs, at);
            return;
        }
        switch (type) {
            case "INV":
                netlist.gate(GateType.NOT, pin.apply("O"), List.of(in.apply("I")), at);
                return;
            case "BUF": case "IBUF": case "OBUF": case "BUFG": case "IBUFG":
                netlist.gate(GateType.BUF, pin.apply("O"), List.of(in.apply("I")), at);
                return;
            case "GND":
                netlist.gate(GateType.CONST0, pin.apply("G"), List.of(), at);
                return;
            case "VCC":
                netlist.gate(GateType.CONST1, pin.apply("P"), List.of(), at);
                return;
            default:
                break;
        }
        Matcher lut = LUT.matcher(type);
        if (lut.matches()) {
            int k = Integer.parseInt(lut.group(1));
            Map<String, String> pins = new LinkedHashMap<>();
            for (int i = 0; i < k; i++) {
                pins.put("I" + i, pin.apply("I" + i));
            }
            pins.put("O", pin.apply("O"));
            String init = p.properties().get("INIT");
            if (init == null) {
                throw error.apply("look-up table " + p.path() + " has no INIT property (its truth table)");
            }
            cells.emit(type, pins, Map.of("INIT", bits(init, 1 << k, error)), at, clock, read, error);
            return;
        }
        String yosys = FLIP_FLOPS.get(type);
        if (yosys != null) {
            String init = p.properties().get("INIT");
            if (init != null && bits(init, 1, error).equals("1")) {
                throw error.apply("flip-flop " + p.path() + " has INIT 1; tmrkit's flip-flops start at 0 (a design reset"
                        + " state of 1 cannot be represented without changing the netlist)");
            }
            Map<String, String> pins = new LinkedHashMap<>();
            FLIP_FLOP_PINS.get(type).forEach((edif, port) -> pins.put(port, pin.apply(edif)));
            cells.emit(yosys, pins, Map.of(), at, clock, read, error);
            return;
        }
        throw error.apply("cell " + p.cell().name().text() + " (instance " + p.path() + ") has no contents and is not a"
                + " primitive tmrkit reads: " + KNOWN);
    }

    /** {@code "16'h8000"}, {@code "4'b0110"}, {@code "8"} as {@code width} bits, most significant first. */
    static String bits(String value, int width, Function<String, ParseException> error) {
        String v = value.trim().replace("_", "");
        BigInteger number;
        try {
            int tick = v.indexOf('\'');
            if (tick >= 0) {
                char base = Character.toLowerCase(v.charAt(tick + 1));
                int radix = base == 'h' ? 16 : base == 'b' ? 2 : base == 'o' ? 8 : base == 'd' ? 10 : -1;
                if (radix < 0) {
                    throw new NumberFormatException();
                }
                number = new BigInteger(v.substring(tick + 2), radix);
            } else {
                number = new BigInteger(v.startsWith("0x") ? v.substring(2) : v, v.startsWith("0x") ? 16 : 10);
            }
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw error.apply("INIT '" + value + "' is not a number such as 16'h8000");
        }
        if (number.signum() < 0 || number.bitLength() > width) {
            throw error.apply("INIT '" + value + "' does not fit in " + width + " bits");
        }
        StringBuilder sb = new StringBuilder(number.toString(2));
        while (sb.length() < width) {
            sb.insert(0, '0');
        }
        return sb.toString();
    }
}
