package dev.tmrkit.circuits.io.edif;

import dev.tmrkit.circuits.io.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EDIF design flattened: its libraries' cells, the top cell the {@code design} names, and every instance of a
 * cell with contents replaced by its contents, so that what is left are the top cell's ports, the primitive instances
 * (cells without contents) and the nets joining their pins ({@link #root}, a union-find over pin and net nodes).
 * Identifiers are compared without regard to case, as EDIF asks; names are the {@code rename} strings where given.
 * A port {@code (array (rename a "a[3:0]") 4)} has bits {@code a[3]} .. {@code a[0]}, {@code (member a 0)} being
 * {@code a[3]}; an array without such a range has bits {@code a[0]} .. in member order.
 */
final class EdifDesign {
    /** At most this many nested cell instances. */
    private static final int DEPTH_LIMIT = 64;
    /** At most this many pin and net nodes after flattening. */
    static final int NODE_LIMIT = 1 << 22;
    private static final Pattern RANGE = Pattern.compile("(.*)\\[(\\d{1,9}):(\\d{1,9})\\]");

    /** A name: its identifier (lower case, for references) and its spelling. */
    record Name(String id, String text) {
    }

    /** A port of a cell: its direction and the names of its bits (one for a scalar). */
    record Port(Name name, String direction, List<String> bits, SExpr at) {
    }

    /** A cell definition. */
    record Cell(String library, Name name, Map<String, Port> ports, SExpr view, SExpr contents, SExpr at) {
    }

    /** A primitive instance after flattening: its path, its cell, pin bits to nodes, properties. */
    record Primitive(String path, Cell cell, Map<String, Integer> pins, Map<String, String> properties, SExpr at) {
        /** The node of scalar pin {@code port}, or null when the cell has no such pin. */
        Integer pin(String port) {
            return pins.get(key(port.toLowerCase(Locale.ROOT), 0));
        }
    }

    /** A named net node and how good its name is (0 top input, 1 top output, 2 top net, 3 + depth nested net). */
    record NetName(int node, String name, int rank) {
    }

    final String source;
    final Map<String, Map<String, Cell>> libraries = new LinkedHashMap<>();
    final Cell top;
    final List<Primitive> primitives = new ArrayList<>();
    final List<NetName> netNames = new ArrayList<>();
    /** The top cell's port bits, in order, with their nodes. */
    final List<String> portBits = new ArrayList<>();
    final List<String> portDirections = new ArrayList<>();
    final List<Integer> portNodes = new ArrayList<>();
    final List<SExpr> portAt = new ArrayList<>();
    /** Pin nodes of primitive instances that some net joins (the others are unconnected). */
    final java.util.Set<Integer> connected = new java.util.HashSet<>();
    private int[] parent = new int[1024];
    private int nodes;

    EdifDesign(String source, SExpr root) {
        this.source = source;
        if (!root.keyword().equals("edif")) {
            throw fail(root, "expected (edif NAME ...), found " + root.describe());
        }
        for (SExpr lib : root.args()) {
            if (lib.keyword().equals("library") || lib.keyword().equals("external")) {
                library(lib);
            }
        }
        SExpr design = root.first("design");
        if (design == null) {
            throw fail(root, "no (design NAME (cellRef CELL (libraryRef LIBRARY))): which cell is the design?");
        }
        SExpr ref = design.first("cellref");
        if (ref == null) {
            throw fail(design, "the design names no (cellRef CELL (libraryRef LIBRARY))");
        }
        top = cellRef(ref, null);
        if (top.contents() == null) {
            throw fail(ref, "the design's cell " + top.name().text() + " has no contents");
        }
        Map<String, Integer> pins = new HashMap<>();
        for (Port p : top.ports().values()) {
            for (String bit : p.bits()) {
                int node = node();
                pins.put(key(p.name().id(), p.bits().indexOf(bit)), node);
                portBits.add(bit);
                portDirections.add(p.direction());
                portNodes.add(node);
                portAt.add(p.at());
                netNames.add(new NetName(node, bit, p.direction().equals("INPUT") ? 0 : 1));
            }
        }
        elaborate(top, "", pins, 0);
    }

    ParseException fail(SExpr at, String reason) {
        return new ParseException(source, at.line(), at.column(), reason);
    }

    /** The root of a node's class: nodes of one class are one net. */
    int root(int node) {
        while (parent[node] != node) {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }
        return node;
    }

    /** Makes nodes {@code a} and {@code b} one net. */
    void union(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private int node() {
        if (nodes == NODE_LIMIT) {
            throw new ParseException(source, 1, 1, "the design has more than " + NODE_LIMIT + " pins and nets (instances"
                    + " flattened)");
        }
        if (nodes == parent.length) {
            parent = java.util.Arrays.copyOf(parent, nodes * 2);
        }
        parent[nodes] = nodes;
        return nodes++;
    }

    private static String key(String port, int bit) {
        return port + "#" + bit;
    }

    /** An identifier or {@code (rename ID "name")}: its name. */
    Name name(SExpr e) {
        if (e.isList() && e.keyword().equals("rename") && e.args().size() == 2) {
            SExpr id = e.args().get(0);
            SExpr text = e.args().get(1);
            String display = text.isList() ? name(text).text() : text.atom();
            return new Name(identifier(id), display);
        }
        if (e.isList() || e.string()) {
            throw fail(e, "expected a name (an identifier or (rename ID \"name\")), found " + e.describe());
        }
        String id = identifier(e);
        return new Name(id, e.atom().startsWith("&") ? e.atom().substring(1) : e.atom());
    }

    private String identifier(SExpr e) {
        if (e.isList() || e.string() || e.atom().isEmpty()) {
            throw fail(e, "expected an identifier, found " + e.describe());
        }
        String a = e.atom().startsWith("&") ? e.atom().substring(1) : e.atom();
        return a.toLowerCase(Locale.ROOT);
    }

    private void library(SExpr lib) {
        if (lib.args().isEmpty()) {
            throw fail(lib, "a library needs a name");
        }
        String libName = name(lib.args().get(0)).id();
        Map<String, Cell> cells = libraries.computeIfAbsent(libName, k -> new LinkedHashMap<>());
        for (SExpr c : lib.all("cell")) {
            if (c.args().isEmpty()) {
                throw fail(c, "a cell needs a name");
            }
            Name name = name(c.args().get(0));
            SExpr view = c.first("view");
            if (view == null) {
                throw fail(c, "cell " + name.text() + " has no (view ...)");
            }
            Map<String, Port> ports = new LinkedHashMap<>();
            SExpr iface = view.first("interface");
            if (iface != null) {
                for (SExpr p : iface.all("port")) {
                    Port port = port(p);
                    if (ports.put(port.name().id(), port) != null) {
                        throw fail(p, "cell " + name.text() + " has two ports named " + port.name().text());
                    }
                }
            }
            if (cells.put(name.id(), new Cell(libName, name, ports, view, view.first("contents"), c)) != null) {
                throw fail(c, "library " + libName + " defines cell " + name.text() + " twice");
            }
        }
    }

    private Port port(SExpr p) {
        if (p.args().isEmpty()) {
            throw fail(p, "a port needs a name");
        }
        SExpr n = p.args().get(0);
        SExpr dir = p.first("direction");
        String direction = dir == null || dir.args().isEmpty() ? "INPUT" : dir.args().get(0).atom().toUpperCase(Locale.ROOT);
        if (n.keyword().equals("array")) {
            if (n.args().size() != 2 || n.args().get(1).isList() || !n.args().get(1).atom().matches("\\d{1,6}")) {
                throw fail(n, "expected (array NAME WIDTH)");
            }
            Name name = name(n.args().get(0));
            int width = Integer.parseInt(n.args().get(1).atom());
            List<String> bits = new ArrayList<>();
            Matcher range = RANGE.matcher(name.text());
            if (range.matches() && Math.abs(Integer.parseInt(range.group(2)) - Integer.parseInt(range.group(3))) + 1 == width) {
                int msb = Integer.parseInt(range.group(2));
                int step = msb >= Integer.parseInt(range.group(3)) ? -1 : 1;
                for (int k = 0; k < width; k++) {
                    bits.add(range.group(1) + "[" + (msb + step * k) + "]");
                }
                return new Port(new Name(name.id(), range.group(1)), direction, bits, p);
            }
            for (int k = 0; k < width; k++) {
                bits.add(name.text() + "[" + k + "]");
            }
            return new Port(name, direction, bits, p);
        }
        Name name = name(n);
        return new Port(name, direction, List.of(name.text()), p);
    }

    /** The cell a {@code (cellRef NAME [(libraryRef LIB)])} names; {@code library} is the referring cell's. */
    private Cell cellRef(SExpr ref, String library) {
        if (ref.args().isEmpty()) {
            throw fail(ref, "a cellRef needs a cell name");
        }
        Name name = name(ref.args().get(0));
        SExpr lib = ref.first("libraryref");
        String libName = lib != null && !lib.args().isEmpty() ? name(lib.args().get(0)).id() : library;
        Map<String, Cell> cells = libName == null ? null : libraries.get(libName);
        if (cells == null) {
            throw fail(ref, "cell " + name.text() + " refers to library " + (libName == null ? "(none)" : libName)
                    + ", which the file does not define");
        }
        Cell c = cells.get(name.id());
        if (c == null) {
            throw fail(ref, "library " + libName + " has no cell " + name.text());
        }
        return c;
    }

    /** Flattens {@code cell}'s contents under {@code path}; {@code ports} are its interface bits' nodes. */
    private void elaborate(Cell cell, String path, Map<String, Integer> ports, int depth) {
        if (depth > DEPTH_LIMIT) {
            throw fail(cell.at(), "cell instances nested more than " + DEPTH_LIMIT + " deep (a cell instantiating itself?)");
        }
        Map<String, Map<String, Integer>> instancePins = new LinkedHashMap<>();
        Map<String, SExpr> instances = new LinkedHashMap<>();
        for (SExpr i : cell.contents().all("instance")) {
            if (i.args().isEmpty()) {
                throw fail(i, "an instance needs a name");
            }
            Name n = name(i.args().get(0));
            if (instances.put(n.id(), i) != null) {
                throw fail(i, "cell " + cell.name().text() + " has two instances named " + n.text());
            }
            instancePins.put(n.id(), new HashMap<>());
        }
        for (SExpr net : cell.contents().all("net")) {
            if (net.args().isEmpty()) {
                throw fail(net, "a net needs a name");
            }
            Name n = name(net.args().get(0));
            int node = node();
            netNames.add(new NetName(node, path + n.text(), path.isEmpty() ? 2 : 3 + depth));
            SExpr joined = net.first("joined");
            if (joined == null) {
                continue;
            }
            for (SExpr ref : joined.all("portref")) {
                union(node, pin(cell, ref, ports, instances, instancePins));
            }
        }
        for (Map.Entry<String, SExpr> e : instances.entrySet()) {
            SExpr i = e.getValue();
            SExpr viewRef = i.first("viewref");
            SExpr ref = viewRef != null ? viewRef.first("cellref") : i.first("cellref");
            if (ref == null) {
                throw fail(i, "instance " + name(i.args().get(0)).text() + " names no cell (viewRef VIEW (cellRef CELL ...))");
            }
            Cell child = cellRef(ref, cell.library());
            String childPath = path + name(i.args().get(0)).text();
            Map<String, Integer> pins = instancePins.get(e.getKey());
            for (Port p : child.ports().values()) {
                for (int b = 0; b < p.bits().size(); b++) {
                    pins.computeIfAbsent(key(p.name().id(), b), k -> node());
                }
            }
            if (child.contents() != null) {
                elaborate(child, childPath + "/", pins, depth + 1);
            } else {
                Map<String, String> properties = new LinkedHashMap<>();
                for (SExpr prop : i.all("property")) {
                    if (prop.args().size() >= 2) {
                        properties.put(name(prop.args().get(0)).id().toUpperCase(Locale.ROOT), value(prop.args().get(1)));
                    }
                }
                primitives.add(new Primitive(childPath, child, pins, properties, ref));
            }
        }
    }

    /** A property value: {@code (string "x")}, {@code (integer 3)}, {@code (boolean (true))}, as text. */
    private String value(SExpr v) {
        if (!v.isList()) {
            return v.atom();
        }
        if (v.args().isEmpty()) {
            return "";
        }
        SExpr first = v.args().get(0);
        if (v.keyword().equals("integer") && !first.isList()) {
            return "32'd" + first.atom();   // a decimal number, where a bare string is hexadecimal (ISE's INIT "6C")
        }
        return first.isList() ? first.keyword() : first.atom();
    }

    /** The node of a {@code (portRef P [(instanceRef I)])} or {@code (portRef (member P k) ...)}. */
    private int pin(Cell cell, SExpr ref, Map<String, Integer> ports, Map<String, SExpr> instances,
                    Map<String, Map<String, Integer>> instancePins) {
        if (ref.args().isEmpty()) {
            throw fail(ref, "a portRef needs a port name");
        }
        SExpr p = ref.args().get(0);
        int bit = 0;
        String port;
        if (p.keyword().equals("member")) {
            if (p.args().size() != 2 || p.args().get(1).isList() || !p.args().get(1).atom().matches("\\d{1,6}")) {
                throw fail(p, "expected (member PORT INDEX)");
            }
            port = name(p.args().get(0)).id();
            bit = Integer.parseInt(p.args().get(1).atom());
        } else {
            port = name(p).id();
        }
        SExpr inst = ref.first("instanceref");
        if (inst == null) {
            Integer node = ports.get(key(port, bit));
            if (node == null) {
                throw fail(ref, "cell " + cell.name().text() + " has no port " + p.describe()
                        + (cell.ports().containsKey(port) ? " bit " + bit : ""));
            }
            return node;
        }
        if (inst.args().isEmpty()) {
            throw fail(inst, "an instanceRef needs an instance name");
        }
        String instance = name(inst.args().get(0)).id();
        Map<String, Integer> pins = instancePins.get(instance);
        if (pins == null) {
            throw fail(inst, "cell " + cell.name().text() + " has no instance " + inst.args().get(0).describe());
        }
        SExpr decl = instances.get(instance);
        SExpr viewRef = decl.first("viewref");
        SExpr cellRef = viewRef != null ? viewRef.first("cellref") : decl.first("cellref");
        Cell child = cellRef == null ? null : cellRef(cellRef, cell.library());
        Port port1 = child == null ? null : child.ports().get(port);
        if (port1 == null || bit >= port1.bits().size()) {
            throw fail(ref, (child == null ? "the instance's cell" : "cell " + child.name().text()) + " has no port "
                    + p.describe() + (port1 != null ? " bit " + bit : ""));
        }
        int node = pins.computeIfAbsent(key(port, bit), k -> node());
        connected.add(node);
        return node;
    }
}
