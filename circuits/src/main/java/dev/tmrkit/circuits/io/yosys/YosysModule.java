package dev.tmrkit.circuits.io.yosys;

import dev.tmrkit.circuits.io.ClockedNetlist;
import dev.tmrkit.circuits.io.NetlistAssembly;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import dev.tmrkit.gates.Netlist;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One module of a Yosys JSON design as a netlist: names for its bits, its ports, its cells (through
 * {@link YosysCells}) and its clock. See {@link YosysJsonReader} for the rules.
 */
final class YosysModule {
    private static final int CONST0 = -1;
    private static final int CONST1 = -2;
    private static final int UNDEFINED = -3;
    private static final Pattern SIGNAL = Pattern.compile("\\d{1,9}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern BITS = Pattern.compile("[01]{1,31}|[01]*0[01]{31}");
    private static final Pattern INIT = Pattern.compile("[01xz]*");
    private static final Pattern DECIMAL = Pattern.compile("\\d+");

    private final String source;
    private final JsonTree.Node module;
    private final NetlistAssembly netlist;
    private final Set<String> taken = new HashSet<>();
    private final Map<Integer, String> bitName = new HashMap<>();
    private final Map<Integer, Character> init = new HashMap<>();
    private final Set<Integer> inputBits = new HashSet<>();
    private final Set<Integer> readBits = new HashSet<>();
    private final YosysLogic logic;
    private final YosysCells cells;
    private Integer clockBit;
    private char clockEdge;
    private JsonTree.Node clockCell;
    private String clockCellName;

    private final String requiredClock;

    YosysModule(String source, String name, JsonTree.Node module, boolean undrivenAsInputs, String requiredClock) {
        this.requiredClock = requiredClock;
        this.source = source;
        this.module = module;
        this.netlist = new NetlistAssembly(source, name, undrivenAsInputs);
        this.logic = new YosysLogic(netlist, taken);
        this.cells = new YosysCells(logic);
    }

    ClockedNetlist build() {
        JsonTree.Node ports = JsonTree.member(source, module, "ports", JsonTree.Kind.OBJECT, true);
        JsonTree.Node netnames = JsonTree.member(source, module, "netnames", JsonTree.Kind.OBJECT, false);
        JsonTree.Node cellNodes = JsonTree.member(source, module, "cells", JsonTree.Kind.OBJECT, false);
        for (boolean outputs : new boolean[] {false, true}) {
            for (Map.Entry<String, JsonTree.Node> p : ports.members().entrySet()) {
                String direction = direction(p.getValue());
                if (outputs ? !direction.equals("input") : !direction.equals("output")) {
                    namePort(p.getKey(), p.getValue(), !outputs);
                }
            }
        }
        if (netnames != null) {
            for (Map.Entry<String, JsonTree.Node> n : netnames.members().entrySet()) {
                nameNet(n.getKey(), n.getValue());
            }
        }
        if (cellNodes != null) {
            for (Map.Entry<String, JsonTree.Node> c : cellNodes.members().entrySet()) {
                cell(c.getKey(), c.getValue());
            }
        }
        for (Map.Entry<String, JsonTree.Node> p : ports.members().entrySet()) {
            if (!direction(p.getValue()).equals("output")) {
                inputs(p.getValue());
            }
        }
        for (Map.Entry<String, JsonTree.Node> p : ports.members().entrySet()) {
            if (!direction(p.getValue()).equals("input")) {
                outputs(p.getKey(), p.getValue());
            }
        }
        checkClock();
        return new ClockedNetlist(netlist.build(), clockBit == null ? java.util.Optional.empty() : java.util.Optional.of(net(clockBit)));
    }

    // ---- names ------------------------------------------------------------------------------------------

    /** A design name without RTLIL's leading backslash (Yosys keeps it only where a bare name would mislead). */
    static String plain(String name) {
        return name.startsWith("\\") ? name.substring(1) : name;
    }

    /** The name of bit {@code k} of a wire: the wire's name if it is one bit wide, else {@code name[index]}. */
    private String bitName(String wire, JsonTree.Node node, int k, int width) {
        if (width == 1) {
            return wire;
        }
        int offset = integer(node.get("offset"), 0);
        boolean upto = integer(node.get("upto"), 0) != 0;
        return wire + "[" + (upto ? offset + width - 1 - k : offset + k) + "]";
    }

    private void namePort(String key, JsonTree.Node port, boolean input) {
        String name = plain(key);
        List<JsonTree.Node> bits = JsonTree.member(source, port, "bits", JsonTree.Kind.ARRAY, true).elements();
        for (int k = 0; k < bits.size(); k++) {
            int bit = bit(bits.get(k));
            String n = bitName(name, port, k, bits.size());
            if (!taken.add(n) && !n.equals(bitName.get(bit))) {
                throw error(port, "the name '" + n + "' of port " + name + " is used twice");
            }
            if (bit >= 0) {
                bitName.putIfAbsent(bit, n);
                if (input) {
                    inputBits.add(bit);
                }
            } else if (input) {
                throw error(bits.get(k), "input port " + name + " is tied to a constant; an input must be a signal");
            }
        }
    }

    /** Public wire names name their bits (first come, first served); hidden ones ($-names) do not. Collects init values. */
    private void nameNet(String key, JsonTree.Node net) {
        List<JsonTree.Node> bits = JsonTree.member(source, net, "bits", JsonTree.Kind.ARRAY, true).elements();
        JsonTree.Node hide = net.get("hide_name");
        boolean hidden = hide != null ? integer(hide, 0) != 0 : key.startsWith("$");
        String initValue = initValue(net, bits.size());
        for (int k = 0; k < bits.size(); k++) {
            int bit = bit(bits.get(k));
            if (bit < 0) {
                continue;
            }
            if (initValue != null) {
                char v = initValue.charAt(initValue.length() - 1 - k);
                if (v == '0' || v == '1') {
                    init.putIfAbsent(bit, v);
                }
            }
            if (!hidden && !bitName.containsKey(bit)) {
                String n = bitName(plain(key), net, k, bits.size());
                if (taken.add(n)) {
                    bitName.put(bit, n);
                }
            }
        }
    }

    /** The wire's {@code init} attribute as a string of 0/1/x, most significant bit first, or null. */
    private String initValue(JsonTree.Node net, int width) {
        JsonTree.Node attributes = net.get("attributes");
        JsonTree.Node v = attributes == null ? null : attributes.get("init");
        if (v == null) {
            return null;
        }
        String text = v.text == null ? "" : v.text;
        if (v.is(JsonTree.Kind.NUMBER) && DECIMAL.matcher(text).matches()) {
            text = new java.math.BigInteger(text).toString(2);
        } else if (!v.is(JsonTree.Kind.STRING) || !INIT.matcher(text).matches()) {
            throw error(v, "expected the init attribute to be a string of 0, 1 and x, found " + v.describe());
        }
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < width) {
            padded.insert(0, 'x');
        }
        return padded.substring(padded.length() - width);
    }

    /** The net of a bit read by a cell or an output: its name, a constant, or a generated name. */
    private String read(JsonTree.Node bitNode, String what, Location at) {
        int bit = bit(bitNode);
        if (bit == CONST0 || bit == CONST1) {
            return logic.constant(bit == CONST1, at);
        }
        if (bit == UNDEFINED) {
            throw error(bitNode, what + " reads an undefined bit (" + bitNode.describe() + "); run `setundef -zero` (or"
                    + " drive it) before write_json");
        }
        readBits.add(bit);
        String n = net(bit);
        netlist.read(n, at.line(), at.column());
        return n;
    }

    private String net(int bit) {
        return bitName.computeIfAbsent(bit, b -> logic.fresh(Integer.toString(b)));
    }

    // ---- ports ------------------------------------------------------------------------------------------

    private String direction(JsonTree.Node port) {
        JsonTree.Node d = JsonTree.member(source, port, "direction", JsonTree.Kind.STRING, true);
        if (!d.text.equals("input") && !d.text.equals("output") && !d.text.equals("inout")) {
            throw error(d, "expected the port direction input, output or inout, found " + d.describe());
        }
        return d.text;
    }

    private void inputs(JsonTree.Node port) {
        List<JsonTree.Node> bits = port.get("bits").elements();
        for (JsonTree.Node b : bits) {
            int bit = bit(b);
            if (clockBit == null || bit != clockBit) {
                netlist.input(net(bit), location(port));
            }
        }
    }

    /** An output port bit reads its net; if its own name differs (a shared or constant bit), a BUF carries it. */
    private void outputs(String key, JsonTree.Node port) {
        List<JsonTree.Node> bits = port.get("bits").elements();
        Location at = location(port);
        for (int k = 0; k < bits.size(); k++) {
            String own = bitName(plain(key), port, k, bits.size());
            int bit = bit(bits.get(k));
            if (bit == CONST0 || bit == CONST1) {
                logic.gate(bit == CONST1 ? GateType.CONST1 : GateType.CONST0, own, List.of(), at);
                netlist.output(own, at);
                continue;
            }
            String net = read(bits.get(k), "output port " + plain(key), at);
            if (!net.equals(own)) {
                logic.gate(GateType.BUF, own, List.of(net), at);
            }
            netlist.output(own, at);
        }
    }

    // ---- cells and the clock ------------------------------------------------------------------------------

    private void cell(String name, JsonTree.Node cell) {
        JsonTree.Node type = JsonTree.member(source, cell, "type", JsonTree.Kind.STRING, true);
        JsonTree.Node connections = JsonTree.member(source, cell, "connections", JsonTree.Kind.OBJECT, true);
        Location at = location(cell);
        cells.emit(type.text, new YosysCells.Pins() {
            @Override
            public String in(String port) {
                return read(pin(port), "port " + port + " of cell " + name, at);
            }

            @Override
            public String out(String port) {
                JsonTree.Node b = pin(port);
                int bit = bit(b);
                if (bit < 0) {
                    throw YosysModule.this.error(b, "output " + port + " of cell " + name + " is connected to " + b.describe()
                            + "; an output must drive a signal");
                }
                return net(bit);
            }

            @Override
            public void clock(char edge) {
                Integer bit = null;
                if (edge != 'G') {
                    JsonTree.Node c = pin("C");
                    bit = bit(c);
                    if (bit < 0 || !inputBits.contains(bit)) {
                        throw YosysModule.this.error(c, "the clock of flip-flop " + name + " is " + (bit < 0 ? c.describe() : "'" + net(bit)
                                + "'") + ", not a primary input; tmrkit models one clock that comes from outside"
                                + " (gated and generated clocks are not supported)");
                    }
                }
                if (clockCell == null) {
                    clockBit = bit;
                    clockEdge = edge;
                    clockCell = cell;
                    clockCellName = name;
                } else if (edge != clockEdge || !java.util.Objects.equals(bit, clockBit)) {
                    throw YosysModule.this.error(cell, "flip-flop " + name + " is clocked by " + describeClock(edge, bit) + ", but "
                            + clockCellName + " by " + describeClock(clockEdge, clockBit) + "; tmrkit models a single"
                            + " implicit clock");
                }
            }

            @Override
            public boolean initOne(String q) {
                return init.getOrDefault(bit(pin("Q")), '0') == '1';
            }

            @Override
            public ParseException error(String reason) {
                return YosysModule.this.error(type, "cell " + name + " of " + reason);
            }

            @Override
            public List<String> inBus(String port) {
                JsonTree.Node bits = connections.get(port);
                if (bits == null || !bits.is(JsonTree.Kind.ARRAY) || bits.elements().isEmpty()) {
                    throw YosysModule.this.error(bits == null ? connections : bits, "port " + port + " of cell " + name
                            + " (" + type.text + ") must be connected to one or more bits");
                }
                List<String> nets = new java.util.ArrayList<>();
                for (JsonTree.Node b : bits.elements()) {
                    nets.add(read(b, "port " + port + " of cell " + name, at));
                }
                return nets;
            }

            @Override
            public String parameter(String parameter) {
                JsonTree.Node parameters = cell.get("parameters");
                JsonTree.Node v = parameters == null ? null : parameters.get(parameter);
                if (v == null) {
                    return null;
                }
                if (v.is(JsonTree.Kind.NUMBER) && DECIMAL.matcher(v.text).matches()) {
                    return new java.math.BigInteger(v.text).toString(2);
                }
                if (!v.is(JsonTree.Kind.STRING) || !INIT.matcher(v.text).matches() || v.text.isEmpty()) {
                    throw YosysModule.this.error(v, "expected parameter " + parameter + " of cell " + name
                            + " to be a bit string, found " + v.describe());
                }
                return v.text;
            }

            private JsonTree.Node pin(String port) {
                JsonTree.Node bits = connections.get(port);
                if (bits == null || !bits.is(JsonTree.Kind.ARRAY) || bits.elements().size() != 1) {
                    throw YosysModule.this.error(bits == null ? connections : bits, "port " + port + " of cell " + name
                            + " (" + type.text + ") must be connected to exactly one bit, found "
                            + (bits == null ? "no connection" : bits.is(JsonTree.Kind.ARRAY) ? bits.elements().size()
                            + " bits" : bits.describe()));
                }
                return bits.elements().get(0);
            }
        }, at);
    }

    private String describeClock(char edge, Integer bit) {
        return edge == 'G' ? "the implicit global clock ($_FF_)" : (edge == 'P' ? "the rising edge of '" : "the falling edge of '")
                + net(bit) + "'";
    }

    /** The clock input serves the flip-flops only; it is dropped from the inputs, so logic must not read it. */
    private void checkClock() {
        if (requiredClock != null && clockBit == null) {
            throw error(clockCell == null ? module : clockCell, "--clock " + requiredClock + ": " + (clockCell == null
                    ? "the design has no flip-flops, so no clock" : "the flip-flops have no clock pin ($_FF_)"));
        }
        if (requiredClock != null && !net(clockBit).equals(requiredClock)) {
            throw error(clockCell, "--clock " + requiredClock + ": '" + requiredClock + "' does not feed the flip-flops'"
                    + " clock; they are clocked by '" + net(clockBit) + "'");
        }
        if (clockBit != null && readBits.contains(clockBit)) {
            throw error(clockCell, "the clock '" + net(clockBit) + "' is also read by logic or an output; tmrkit models one"
                    + " implicit clock that the logic cannot see");
        }
    }

    // ---- JSON access -----------------------------------------------------------------------------------------

    /** A bit: a signal number (0 or more), or one of the constants "0", "1" (and "x"/"z" as UNDEFINED). */
    private int bit(JsonTree.Node b) {
        if (b.is(JsonTree.Kind.NUMBER) && SIGNAL.matcher(b.text).matches()) {
            return Integer.parseInt(b.text);
        }
        if (b.is(JsonTree.Kind.STRING)) {
            switch (b.text) {
                case "0": return CONST0;
                case "1": return CONST1;
                case "x": case "z": return UNDEFINED;
                default: break;
            }
        }
        throw error(b, "expected a bit (a signal number or \"0\", \"1\", \"x\", \"z\"), found " + b.describe());
    }

    private int integer(JsonTree.Node n, int absent) {
        if (n == null) {
            return absent;
        }
        if (n.is(JsonTree.Kind.NUMBER) && INTEGER.matcher(n.text).matches()) {
            return Integer.parseInt(n.text);
        }
        if (n.is(JsonTree.Kind.STRING) && BITS.matcher(n.text).matches()) {
            return Integer.parseInt(n.text.substring(Math.max(0, n.text.length() - 31)), 2);
        }
        throw error(n, "expected an integer, found " + n.describe());
    }

    private static Location location(JsonTree.Node n) {
        return new Location(n.line, n.column);
    }

    private ParseException error(JsonTree.Node at, String reason) {
        return new ParseException(source, at.line, at.column, reason);
    }
}
