package dev.tmrkit.circuits.io.edif;

import dev.tmrkit.circuits.io.NetlistNameAttribute;
import dev.tmrkit.circuits.io.NetlistWriter;
import dev.tmrkit.circuits.io.WriterSupport;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Writes a netlist as EDIF 2 0 0: a library {@value #LIBRARY} of the generic cells it uses ({@code AND2},
 * {@code NAND3}, ... with inputs {@code I0, I1, ...} and output {@code O}; {@code INV} and {@code BUF} with {@code I},
 * {@code O}; {@code GND} ({@code G}) and {@code VCC} ({@code P}) as Xilinx names them; {@code DFF} with {@code C},
 * {@code D}, {@code Q}), and a library {@code work} with one cell, the design:
 * <pre>
 * (cell c17 (cellType GENERIC) (view netlist (viewType NETLIST)
 *   (interface (port (rename N1 "1") (direction INPUT)) ... (port (rename N22 "22") (direction OUTPUT)))
 *   (contents
 *     (instance (rename N10 "10") (viewRef netlist (cellRef NAND2 (libraryRef tmrkit_cells)))
 *       (property DONT_TOUCH (string "TRUE")))
 *     (net (rename N10 "10") (joined (portRef O (instanceRef N10)) (portRef I0 (instanceRef N22))))
 *     ...)))
 * </pre>
 * Each gate is one instance named after the net it drives, each net one EDIF net of the same name; names that are
 * not EDIF identifiers are renamed ({@link EdifNames}). A sequential netlist gets one clock input port, first, named
 * {@value #CLOCK} (or a fresh {@code $edif$clk}) and joined to every flip-flop's {@code C}. An output whose net is an
 * input or an earlier output is a port {@code $edif$out$<k>} joined to that net. Instance properties come from a
 * function of the gate ({@code DONT_TOUCH} on replicas and voters, say); a design cell named otherwise than the netlist
 * carries the netlist's name in the property {@link NetlistNameAttribute#NAME}. Output is deterministic.
 */
public final class EdifWriter implements NetlistWriter {
    /** The library of generic cells. */
    public static final String LIBRARY = "tmrkit_cells";
    /** The clock port's name unless the netlist already has a net of that name. */
    public static final String CLOCK = "clk";

    private final BiFunction<Netlist, Integer, Map<String, String>> properties;
    private final String cellName;

    /** A writer without instance properties, the design cell named as the netlist. */
    public EdifWriter() {
        this((n, g) -> Map.of(), null);
    }

    /**
     * @param properties the properties of gate {@code g}'s instance (name to string value; empty for none)
     * @param cellName   the design cell's name; null: the netlist's
     */
    public EdifWriter(BiFunction<Netlist, Integer, Map<String, String>> properties, String cellName) {
        this.properties = properties;
        this.cellName = cellName;
    }

    /** The generic cell of a gate: {@code AND2}, {@code INV}, {@code GND}, {@code DFF}, ... */
    static String cellOf(Gate gate) {
        switch (gate.type()) {
            case CONST0: return "GND";
            case CONST1: return "VCC";
            case NOT: return "INV";
            case BUF: return "BUF";
            case DFF: return "DFF";
            default: return gate.type().name() + gate.arity();
        }
    }

    /** The pin names of a generic cell, inputs first, the output last. */
    static List<String> pinsOf(Gate gate) {
        switch (gate.type()) {
            case CONST0: return List.of("G");
            case CONST1: return List.of("P");
            case NOT: case BUF: return List.of("I", "O");
            case DFF: return List.of("D", "Q");
            default:
                List<String> pins = new ArrayList<>();
                for (int i = 0; i < gate.arity(); i++) {
                    pins.add("I" + i);
                }
                pins.add("O");
                return pins;
        }
    }

    @Override
    public void write(Netlist netlist, Writer out) throws IOException {
        Writer w = WriterSupport.buffered(out);
        String top = cellName == null ? netlist.name() : cellName;
        EdifNames cells = new EdifNames();
        String design = cells.declare(top.isEmpty() ? "netlist" : top);
        w.write("(edif " + design + "\n  (edifVersion 2 0 0)\n  (edifLevel 0)\n  (keywordMap (keywordLevel 0))\n");
        w.write("  (status (written (timeStamp 2000 1 1 0 0 0) (program \"tmrkit\")");
        for (String line : WriterSupport.header(netlist)) {
            w.write("\n    (comment " + EdifNames.string(line) + ")");
        }
        w.write("))\n");
        writeLibrary(netlist, w);
        w.write("  (library work\n    (edifLevel 0)\n    (technology (numberDefinition))\n");
        w.write("    (cell " + design + " (cellType GENERIC)\n      (view netlist (viewType NETLIST)\n        (interface\n");
        Map<Integer, List<String>> joined = new TreeMap<>();   // net -> portRefs
        EdifNames ports = new EdifNames();
        String clockRef = null;
        if (netlist.isSequential()) {
            String clock = fresh(netlist, CLOCK, "$edif$clk");
            clockRef = EdifNames.identifierOf(port(w, ports, clock, "INPUT"));
        }
        for (int i = 0; i < netlist.inputCount(); i++) {
            String id = EdifNames.identifierOf(port(w, ports, netlist.inputNames().get(i), "INPUT"));
            joined.computeIfAbsent(netlist.input(i), k -> new ArrayList<>()).add("(portRef " + id + ")");
        }
        Set<Integer> named = new HashSet<>();
        for (int i = 0; i < netlist.inputCount(); i++) {
            named.add(netlist.input(i));
        }
        for (int k = 0; k < netlist.outputCount(); k++) {
            int net = netlist.output(k);
            String name = named.add(net) ? netlist.netName(net) : fresh(netlist, "$edif$out$" + k, null);
            String id = EdifNames.identifierOf(port(w, ports, name, "OUTPUT"));
            joined.computeIfAbsent(net, x -> new ArrayList<>()).add("(portRef " + id + ")");
        }
        w.write("        )\n");
        if (!top.equals(netlist.name()) && NetlistNameAttribute.isWritable(netlist.name())) {
            w.write("        (property " + NetlistNameAttribute.NAME + " (string " + EdifNames.string(netlist.name()) + "))\n");
        }
        w.write("        (contents\n");
        EdifNames instances = new EdifNames();
        List<String> clockPins = new ArrayList<>();
        for (int g : WriterSupport.gateOrder(netlist)) {
            Gate gate = netlist.gate(g);
            String declared = instances.declare(netlist.netName(gate.output()));
            String id = EdifNames.identifierOf(declared);
            w.write("          (instance " + declared + " (viewRef netlist (cellRef " + cellOf(gate) + " (libraryRef " + LIBRARY
                    + ")))");
            for (Map.Entry<String, String> p : new TreeMap<>(properties.apply(netlist, g)).entrySet()) {
                w.write("\n            (property " + new EdifNames().declare(p.getKey()) + " (string " + EdifNames.string(p.getValue())
                        + "))");
            }
            w.write(")\n");
            List<String> pins = pinsOf(gate);
            for (int pin = 0; pin < gate.arity(); pin++) {
                joined.computeIfAbsent(gate.input(pin), x -> new ArrayList<>())
                        .add("(portRef " + pins.get(pin) + " (instanceRef " + id + "))");
            }
            joined.computeIfAbsent(gate.output(), x -> new ArrayList<>())
                    .add(0, "(portRef " + pins.get(pins.size() - 1) + " (instanceRef " + id + "))");
            if (gate.type() == GateType.DFF) {
                clockPins.add("(portRef C (instanceRef " + id + "))");
            }
        }
        EdifNames nets = new EdifNames();
        if (clockRef != null) {
            w.write("          (net " + nets.declare(fresh(netlist, CLOCK, "$edif$clk")) + " (joined (portRef " + clockRef + ")");
            for (String p : clockPins) {
                w.write("\n            " + p);
            }
            w.write("))\n");
        }
        for (Map.Entry<Integer, List<String>> e : joined.entrySet()) {
            w.write("          (net " + nets.declare(netlist.netName(e.getKey())) + " (joined");
            for (String p : e.getValue()) {
                w.write("\n            " + p);
            }
            w.write("))\n");
        }
        w.write("        )))\n  )\n  (design " + design + " (cellRef " + EdifNames.identifierOf(design) + " (libraryRef work))))\n");
        w.flush();
    }

    /** Declares a port and writes its line; returns the declaration. */
    private static String port(Writer w, EdifNames ports, String name, String direction) throws IOException {
        String declared = ports.declare(name);
        w.write("          (port " + declared + " (direction " + direction + "))\n");
        return declared;
    }

    /** {@code base} if the netlist has no such net, else {@code fallback} (or {@code base$2}, ...) made fresh. */
    private static String fresh(Netlist netlist, String base, String fallback) {
        String name = netlist.findNet(base).isEmpty() ? base : fallback == null ? base + "$2" : fallback;
        for (int k = 2; netlist.findNet(name).isPresent(); k++) {
            name = (fallback == null ? base : fallback) + "$" + k;
        }
        return name;
    }

    private static void writeLibrary(Netlist netlist, Writer w) throws IOException {
        Map<String, Gate> used = new LinkedHashMap<>();
        for (int g = 0; g < netlist.gateCount(); g++) {
            used.putIfAbsent(cellOf(netlist.gate(g)), netlist.gate(g));
        }
        w.write("  (library " + LIBRARY + "\n    (edifLevel 0)\n    (technology (numberDefinition))\n");
        for (Map.Entry<String, Gate> c : new TreeMap<>(used).entrySet()) {
            w.write("    (cell " + c.getKey() + " (cellType GENERIC)\n      (view netlist (viewType NETLIST)\n        (interface");
            List<String> pins = pinsOf(c.getValue());
            if (c.getValue().type() == GateType.DFF) {
                w.write(" (port C (direction INPUT))");
            }
            for (int p = 0; p < pins.size(); p++) {
                w.write(" (port " + pins.get(p) + " (direction " + (p == pins.size() - 1 ? "OUTPUT" : "INPUT") + "))");
            }
            w.write(")))\n");
        }
        w.write("  )\n");
    }
}
