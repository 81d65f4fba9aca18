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
 * Xilinx buffers {@code IBUF OBUF BUFG IBUFG} (a BUF); look-up tables {@code LUT1}..{@code LUT6} (and ISE's
 * {@code LUTk_L}, {@code LUTk_D} with the local output {@code LO}) with their {@code INIT} property
 * ({@code "16'h8000"}, or ISE's bare hexadecimal {@code "6C"}; expanded as Yosys's are); {@code MUXF5..8}; the carry
 * logic {@code MUXCY}, {@code XORCY} and {@code CARRY4} ({@link #carry4}); and the
 * flip-flops {@code FD}, {@code FDE}, {@code FDR}/{@code FDS} and {@code FDRE}/{@code FDSE} (synchronous reset or
 * set winning over the clock enable), {@code FDC}/{@code FDP} and {@code FDCE}/{@code FDPE} (asynchronous clear or
 * preset, modelled at the level of clock cycles), through the cells of {@link YosysSubckts}; {@code INIT 1} is kept
 * by storing the complement. Any other cell is refused, by name.
 */
final class EdifPrimitives {
    private static final Pattern GATE = Pattern.compile("(AND|OR|XOR|NAND|NOR|XNOR)(\\d{1,4})");
    private static final Pattern LUT = Pattern.compile("LUT([1-6])(_L|_D)?");
    private static final Map<String, String> FLIP_FLOPS = Map.ofEntries(Map.entry("DFF", "$_DFF_P_"),
            Map.entry("FD", "$_DFF_P_"), Map.entry("FDE", "$_DFFE_PP_"), Map.entry("FDR", "$_SDFF_PP0_"),
            Map.entry("FDS", "$_SDFF_PP1_"), Map.entry("FDC", "$_DFF_PP0_"), Map.entry("FDP", "$_DFF_PP1_"),
            Map.entry("FDRE", "$_SDFFE_PP0P_"), Map.entry("FDSE", "$_SDFFE_PP1P_"), Map.entry("FDCE", "$_DFFE_PP0P_"),
            Map.entry("FDPE", "$_DFFE_PP1P_"));
    /** Flip-flop pins: EDIF name to Yosys name ({@code C}, {@code D}, {@code Q} for all). */
    private static final Map<String, Map<String, String>> FLIP_FLOP_PINS = Map.ofEntries(
            Map.entry("DFF", Map.of()), Map.entry("FD", Map.of()), Map.entry("FDE", Map.of("CE", "E")),
            Map.entry("FDR", Map.of("R", "R")), Map.entry("FDS", Map.of("S", "R")), Map.entry("FDC", Map.of("CLR", "R")),
            Map.entry("FDP", Map.of("PRE", "R")), Map.entry("FDRE", Map.of("CE", "E", "R", "R")),
            Map.entry("FDSE", Map.of("CE", "E", "S", "R")), Map.entry("FDCE", Map.of("CE", "E", "CLR", "R")),
            Map.entry("FDPE", Map.of("CE", "E", "PRE", "R")));
    static final String KNOWN = "AND2.., OR, XOR, NAND, NOR, XNOR with I0.. and O, INV, BUF, IBUF, OBUF, BUFG, GND, VCC,"
            + " DFF, LUT1..LUT6 (INIT; _L, _D), MUXF5..8, MUXCY, XORCY, CARRY4, BUFGP, FD, FDE, FDR, FDS, FDC, FDP, FDRE,"
            + " FDSE, FDCE, FDPE";

    /** Buffers, which a clock tree passes through: {@code IBUF -> BUFG -> C} in every Vivado netlist. */
    private static final java.util.Set<String> BUFFERS = java.util.Set.of("BUF", "IBUF", "OBUF", "BUFG", "IBUFG", "BUFGP");

    static boolean isBuffer(String type) {
        return BUFFERS.contains(type.toUpperCase(Locale.ROOT));
    }

    static boolean isFlipFlop(String type) {
        return FLIP_FLOPS.containsKey(type.toUpperCase(Locale.ROOT));
    }

    private final NetlistAssembly netlist;
    private final YosysSubckts cells;
    private final YosysSubckts.Clock clock;
    private final java.util.function.IntPredicate connected;
    private final java.util.Set<String> zeros = new java.util.HashSet<>();

    /** {@code connected}: whether a primitive's pin node is joined by a net (an open carry input reads 0). */
    EdifPrimitives(NetlistAssembly netlist, YosysSubckts.Clock clock, java.util.function.IntPredicate connected) {
        this.netlist = netlist;
        this.connected = connected;
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
            case "BUF": case "IBUF": case "OBUF": case "BUFG": case "IBUFG": case "BUFGP":
                netlist.gate(GateType.BUF, pin.apply("O"), List.of(in.apply("I")), at);
                return;
            case "GND": case "VCC": {
                // Xilinx names the one output G and P; other libraries name it otherwise
                EdifDesign.Port only = p.cell().ports().values().stream().filter(x -> x.direction().equals("OUTPUT"))
                        .findFirst().orElseThrow(() -> error.apply("cell " + type + " (instance " + p.path() + ") has no output"));
                netlist.gate(type.equals("GND") ? GateType.CONST0 : GateType.CONST1, pin.apply(only.name().text()), List.of(), at);
                return;
            }
            case "XORCY":
                cells.emit("$_XOR_", Map.of("A", in.apply("LI"), "B", in.apply("CI"), "Y", pin.apply("O")), Map.of(), at, clock,
                        read, error);
                return;
            case "MUXCY": case "MUXCY_L":
                cells.emit("$_MUX_", Map.of("A", in.apply("DI"), "B", in.apply("CI"), "S", in.apply("S"),
                        "Y", pin.apply(type.equals("MUXCY") ? "O" : "LO")), Map.of(), at, clock, read, error);
                return;
            case "CARRY4":
                carry4(p, net, in, at, error);
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
            // LUTk_L drives only its local output LO, LUTk_D both O and LO
            String out = lut.group(2) != null && lut.group(2).equals("_L") ? "LO" : "O";
            pins.put("O", pin.apply(out));
            String init = p.properties().get("INIT");
            if (init == null) {
                throw error.apply("look-up table " + p.path() + " has no INIT property (its truth table)");
            }
            cells.emit("LUT" + k, pins, Map.of("INIT", bits(init, 1 << k, error)), at, clock, read, error);
            if (lut.group(2) != null && lut.group(2).equals("_D")) {
                netlist.gate(GateType.BUF, pin.apply("LO"), List.of(pins.get("O")), at);
            }
            return;
        }
        if (type.matches("MUXF[5-8]")) {
            cells.emit("$_MUX_", Map.of("A", pin.apply("I0"), "B", pin.apply("I1"), "S", pin.apply("S"), "Y", pin.apply("O")),
                    Map.of(), at, clock, read, error);
            return;
        }
        String yosys = FLIP_FLOPS.get(type);
        if (yosys != null) {
            String init = p.properties().get("INIT");
            Map<String, String> pins = new LinkedHashMap<>();
            for (String common : List.of("C", "D", "Q")) {
                pins.put(common, pin.apply(common));
            }
            FLIP_FLOP_PINS.get(type).forEach((edif, port) -> pins.put(port, pin.apply(edif)));
            // INIT 1 is kept by storing the complement, as for Yosys's init attribute
            cells.emit(yosys, pins, Map.of(), at, clock, read, error, init != null && bits(init, 1, error).equals("1"));
            return;
        }
        throw error.apply("cell " + p.cell().name().text() + " (instance " + p.path() + ") has no contents and is not a"
                + " primitive tmrkit reads: " + KNOWN);
    }

    /**
     * Xilinx's CARRY4: carry {@code c0 = CI | CYINIT}, then per bit {@code O[i] = S[i] ^ c[i]} and
     * {@code CO[i] = c[i+1] = S[i] ? c[i] : DI[i]}.
     */
    private void carry4(EdifDesign.Primitive p, Function<Integer, String> net, Function<String, String> in, Location at,
                        Function<String, ParseException> error) {
        String carry = "$edif$" + p.path() + "$ci";
        netlist.gate(GateType.OR, carry, List.of(zeroIfOpen(p, "CI", in, at), zeroIfOpen(p, "CYINIT", in, at)), at);
        for (int i = 0; i < 4; i++) {
            Integer sNode = busNode(p, "S", i);
            Integer diNode = busNode(p, "DI", i);
            String s = sNode != null && connected.test(sNode) ? bus(p, net, "S", i, error) : zero(p, at);
            String di = diNode != null && connected.test(diNode) ? bus(p, net, "DI", i, error) : zero(p, at);
            netlist.read(s, at.line(), at.column());
            netlist.read(di, at.line(), at.column());
            cells.emit("$_XOR_", Map.of("A", s, "B", carry, "Y", bus(p, net, "O", i, error)), Map.of(), at, clock, x -> { }, error);
            String next = bus(p, net, "CO", i, error);
            cells.emit("$_MUX_", Map.of("A", di, "B", carry, "S", s, "Y", next), Map.of(), at, clock, x -> { }, error);
            carry = next;
        }
    }

    /** A CARRY4 input left unconnected (the chain's first CI, say) is 0, as Vivado ties it. */
    private String zeroIfOpen(EdifDesign.Primitive p, String port, Function<String, String> in, Location at) {
        Integer node = p.pin(port);
        return node != null && connected.test(node) ? in.apply(port) : zero(p, at);
    }

    private String zero(EdifDesign.Primitive p, Location at) {
        String zero = "$edif$" + p.path() + "$0";
        if (zeros.add(zero)) {
            netlist.gate(GateType.CONST0, zero, List.of(), at);
        }
        return zero;
    }

    private static Integer busNode(EdifDesign.Primitive p, String port, int index) {
        EdifDesign.Port bus = p.cell().ports().get(port.toLowerCase(Locale.ROOT));
        int member = bus == null ? -1 : bus.bits().indexOf(bus.name().text() + "[" + index + "]");
        return member < 0 ? null : p.pins().get(port.toLowerCase(Locale.ROOT) + "#" + member);
    }

    /** The net of bit {@code index} of bus port {@code port} (declared {@code (array (rename P "P[3:0]") 4)}). */
    private static String bus(EdifDesign.Primitive p, Function<Integer, String> net, String port, int index,
                              Function<String, ParseException> error) {
        Integer node = busNode(p, port, index);
        if (node == null) {
            throw error.apply("cell " + p.cell().name().text() + " (instance " + p.path() + ") has no port " + port + "["
                    + index + "]");
        }
        return net.apply(node);
    }

    /** {@code "16'h8000"}, {@code "4'b0110"}, {@code "6C"} (hexadecimal) as {@code width} bits, most significant first. */
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
                number = new BigInteger(v.startsWith("0x") ? v.substring(2) : v, 16);   // ISE writes INIT "6C": hexadecimal
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
