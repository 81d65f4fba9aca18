package dev.tmrkit.circuits.io.verilog;

import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.circuits.io.yosys.LutTable;
import dev.tmrkit.gates.GateType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the top module of parsed {@link Ast.Module}s into signals (one per wire bit, instances flattened), their
 * aliases (a port bit and the bit connected to it are one net) and their {@link Drivers drivers}: combinational
 * {@link Bit} expressions and flip-flops. {@link NetlistEmitter} then names the nets and emits gates.
 */
final class Elaborator {
    private static final int DEPTH_LIMIT = 64;

    private final String source;
    private final Map<String, Ast.Module> modules;
    final Signals signals = new Signals();
    final Drivers drivers = new Drivers();
    final List<Integer> inputs = new ArrayList<>();
    final List<Integer> outputs = new ArrayList<>();
    final List<Token> inputTokens = new ArrayList<>();
    final List<Token> outputTokens = new ArrayList<>();
    /** Clock edges of every flip-flop block: the edge and the clock's signal. */
    final List<Ast.Edge> clockEdges = new ArrayList<>();
    final List<Integer> clockSignals = new ArrayList<>();

    Elaborator(String source, Map<String, Ast.Module> modules) {
        this.source = source;
        this.modules = modules;
    }

    /** The wires of one module instance: each wire's bits as signals, least significant first. */
    private record Scope(String path, Ast.Module module, Map<String, int[]> bits) {
    }

    ParseException fail(Token t, String reason) {
        return new ParseException(source, t.line(), t.column(), reason);
    }

    void top(Ast.Module top) {
        Scope scope = scope(top, "", List.of());
        for (Token port : top.ports()) {
            Ast.Wire w = top.wires().get(port.text());
            if (w == null || w.direction() == Ast.Direction.NONE) {
                throw fail(port, "port '" + port.text() + "' has no input or output declaration");
            }
            for (int s : scope.bits().get(port.text())) {
                (w.direction() == Ast.Direction.INPUT ? inputs : outputs).add(s);
                (w.direction() == Ast.Direction.INPUT ? inputTokens : outputTokens).add(w.at());
            }
        }
    }

    private Scope scope(Ast.Module module, String path, List<String> stack) {
        if (stack.size() > DEPTH_LIMIT) {
            throw fail(module.at(), "module instances nested more than " + DEPTH_LIMIT + " deep");
        }
        Map<String, int[]> bits = new HashMap<>();
        for (Ast.Wire w : module.wires().values()) {
            int[] ids = new int[w.width()];
            if (signals.size() + ids.length > SIGNAL_LIMIT) {
                throw fail(w.at(), "the design has more than " + SIGNAL_LIMIT + " wire bits (instances flattened)");
            }
            for (int k = 0; k < ids.length; k++) {
                ids[k] = signals.add(path, w, k, path.isEmpty() ? (w.direction() == Ast.Direction.NONE ? 1 : 0) : 2);
            }
            bits.put(w.name(), ids);
        }
        Scope scope = new Scope(path, module, bits);
        Map<Integer, Boolean> init = new HashMap<>();
        for (Ast.Wire w : module.wires().values()) {
            if (w.init() != null) {
                List<Bit> v = new Expressions(this, module, bits).value(w.init(), w.width());
                for (int k = 0; k < v.size(); k++) {
                    if (!(v.get(k) instanceof Bit.Constant c)) {
                        throw fail(w.init().at(), "the initial value of '" + w.name() + "' must be a constant");
                    }
                    init.put(scope.bits().get(w.name())[k], c.one());
                }
            }
        }
        Expressions x = new Expressions(this, module, bits);
        for (Ast.ContinuousAssign a : module.assigns()) {
            List<Integer> lhs = x.lvalue(a.lhs());
            List<Bit> rhs = x.value(a.rhs(), lhs.size());
            for (int k = 0; k < lhs.size(); k++) {
                if (rhs.get(k) instanceof Bit.Signal s && signals.fullName(s.id()).equals(signals.fullName(lhs.get(k)))) {
                    signals.union(lhs.get(k), s.id());  // assign q[0] = \q[0] : the same net under two spellings
                } else {
                    drivers.combinational(lhs.get(k), rhs.get(k), a.at());
                }
            }
        }
        for (Ast.Instance i : module.instances()) {
            instance(scope, x, i, stack);
        }
        for (Ast.Always a : module.always()) {
            new FlipFlops(this, x, init).block(a);
        }
        return scope;
    }

    void clock(Ast.Edge edge, int signal) {
        clockEdges.add(edge);
        clockSignals.add(signal);
    }

    private void instance(Scope scope, Expressions x, Ast.Instance i, List<String> stack) {
        if (VerilogParser.PRIMITIVES.contains(i.type())) {
            primitive(x, i);
            return;
        }
        Ast.Module m = modules.get(i.type());
        if (m == null && LutTable.shape(i.type()).isPresent()) {
            LookUpTables.instance(this, x, i, LutTable.shape(i.type()).get());
            return;
        }
        if (m == null) {
            throw fail(i.at(), "unknown module '" + i.type() + "': it is neither defined in this file nor a gate primitive"
                    + " (" + String.join(" ", VerilogParser.PRIMITIVES.stream().sorted().toList()) + ") nor a look-up table"
                    + " ($lut, LUT1..LUT6, SB_LUT4)");
        }
        if (!i.parameters().isEmpty()) {
            throw fail(i.parameters().get(0).at(), "module " + m.name() + " is defined in this file and has no parameters");
        }
        if (stack.contains(m.name())) {
            throw fail(i.at(), "module " + m.name() + " instantiates itself (through " + String.join(" -> ", stack) + ")");
        }
        if (i.name() == null) {
            throw fail(i.at(), "an instance of module " + m.name() + " needs a name");
        }
        List<String> inner = new ArrayList<>(stack);
        inner.add(m.name());
        Scope child = scope(m, scope.path().isEmpty() ? i.name() : scope.path() + "." + i.name(), inner);
        List<Ast.Connection> connections = i.connections();
        boolean named = !connections.isEmpty() && connections.get(0).port() != null;
        if (!named && connections.size() > m.ports().size()) {
            throw fail(i.at(), "instance " + i.name() + " has " + connections.size() + " connections, but module " + m.name()
                    + " has " + m.ports().size() + " ports");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int c = 0; c < connections.size(); c++) {
            Ast.Connection conn = connections.get(c);
            if ((conn.port() != null) != named) {
                throw fail(conn.at(), "named and positional connections are mixed");
            }
            String port = named ? conn.port() : m.ports().get(c).text();
            Ast.Wire w = m.wires().get(port);
            if (w == null || w.direction() == Ast.Direction.NONE || m.ports().stream().noneMatch(t -> t.text().equals(port))) {
                throw fail(conn.at(), "module " + m.name() + " has no port '" + port + "'");
            }
            if (!seen.add(port)) {
                throw fail(conn.at(), "port '" + port + "' is connected twice");
            }
            if (conn.expr() != null) {
                connect(x, child.bits().get(port), w, conn);
            }
        }
    }

    /** A port bit and the outer bit it is connected to are one net; an expression on an input drives the port. */
    private void connect(Expressions x, int[] portBits, Ast.Wire w, Ast.Connection conn) {
        if (w.direction() == Ast.Direction.OUTPUT) {
            List<Integer> outer = x.lvalue(conn.expr());
            for (int k = 0; k < Math.min(outer.size(), portBits.length); k++) {
                signals.union(outer.get(k), portBits[k]);
            }
            return;
        }
        List<Bit> value = x.value(conn.expr(), portBits.length);
        for (int k = 0; k < portBits.length; k++) {
            if (value.get(k) instanceof Bit.Signal s) {
                signals.union(s.id(), portBits[k]);
            } else {
                drivers.combinational(portBits[k], value.get(k), conn.at());
            }
        }
    }

    /** {@code and (y, a, b, ...)}: output first; {@code not}/{@code buf} may have several outputs, input last. */
    private void primitive(Expressions x, Ast.Instance i) {
        List<Ast.Connection> cs = i.connections();
        for (Ast.Connection c : cs) {
            if (c.port() != null || c.expr() == null) {
                throw fail(c.at(), "a gate primitive's terminals are positional and all connected");
            }
        }
        boolean unary = i.type().equals("not") || i.type().equals("buf");
        if (cs.size() < (unary ? 2 : 3)) {
            throw fail(i.at(), "gate " + i.type() + " needs an output and " + (unary ? "an input" : "at least two inputs"));
        }
        int outputsCount = unary ? cs.size() - 1 : 1;
        List<Bit> ins = new ArrayList<>();
        for (Ast.Connection c : cs.subList(outputsCount, cs.size())) {
            ins.add(x.value(c.expr(), 1).get(0));
        }
        Bit value;
        if (unary) {
            value = i.type().equals("not") ? Bit.not(ins.get(0)) : ins.get(0);
        } else {
            boolean invert = i.type().startsWith("n") || i.type().equals("xnor");
            String base = i.type().equals("xnor") ? "xor" : invert ? i.type().substring(1) : i.type();
            GateType type = base.equals("and") ? GateType.AND : base.equals("or") ? GateType.OR : GateType.XOR;
            value = new Bit.Gate(type, List.copyOf(ins));
            value = invert ? Bit.not(value) : value;
        }
        for (Ast.Connection c : cs.subList(0, outputsCount)) {
            List<Integer> out = x.lvalue(c.expr());
            if (out.size() != 1) {
                throw fail(c.at(), "a gate's output must be one bit, found " + out.size());
            }
            drivers.combinational(out.get(0), value, c.at());
        }
    }

    /** Signals with their declared names, and a union-find of the ones that are the same net. */
    /** At most this many wire bits, instances flattened: a design beyond it is refused, not a memory bomb. */
    static final int SIGNAL_LIMIT = 1 << 21;

    /**
     * Signals with their declared names, and a union-find of the ones that are the same net. Kept in flat arrays, a
     * signal's name made on demand from its wire and bit, so that a large design costs a few words per bit.
     */
    static final class Signals {
        private String[] path = new String[64];
        private Ast.Wire[] wire = new Ast.Wire[64];
        private int[] bit = new int[64];
        private int[] priority = new int[64];
        private int[] parent = new int[64];
        private int size;

        int add(String p, Ast.Wire w, int k, int prio) {
            if (size == SIGNAL_LIMIT) {
                throw new IllegalStateException("more than " + SIGNAL_LIMIT + " wire bits");
            }
            if (size == parent.length) {
                int n = size * 2;
                path = java.util.Arrays.copyOf(path, n);
                wire = java.util.Arrays.copyOf(wire, n);
                bit = java.util.Arrays.copyOf(bit, n);
                priority = java.util.Arrays.copyOf(priority, n);
                parent = java.util.Arrays.copyOf(parent, n);
            }
            path[size] = p;
            wire[size] = w;
            bit[size] = k;
            priority[size] = prio;
            parent[size] = size;
            return size++;
        }

        int size() {
            return size;
        }

        String path(int s) {
            return path[s];
        }

        /** The bit's name in its module: {@code w} or {@code w[i]}. */
        String local(int s) {
            Ast.Wire w = wire[s];
            return w.ranged() ? w.name() + "[" + w.index(bit[s]) + "]" : w.name();
        }

        int priority(int s) {
            return priority[s];
        }

        Token declared(int s) {
            return wire[s].at();
        }

        String fullName(int s) {
            return path[s].isEmpty() ? local(s) : path[s] + "." + local(s);
        }

        int find(int s) {
            while (parent[s] != s) {
                parent[s] = parent[parent[s]];
                s = parent[s];
            }
            return s;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }

    /** What drives each signal: a combinational expression or a flip-flop, in the order found. */
    static final class Drivers {
        /** A flip-flop's next state; with an asynchronous reset ({@code reset} active high) to {@code resetValue}. */
        record Driver(int signal, Bit value, Token at, boolean flop, Bit reset, boolean resetValue, boolean init) {
        }

        final List<Driver> all = new ArrayList<>();

        void combinational(int signal, Bit value, Token at) {
            all.add(new Driver(signal, value, at, false, null, false, false));
        }

        void flop(int signal, Bit next, Token at, Bit reset, boolean resetValue, boolean init) {
            all.add(new Driver(signal, next, at, true, reset, resetValue, init));
        }

        /** Drivers by the root of their signal, in order. */
        Map<Integer, Driver> byRoot(Signals signals, Elaborator e) {
            Map<Integer, Driver> byRoot = new LinkedHashMap<>();
            for (Driver d : all) {
                Driver old = byRoot.putIfAbsent(signals.find(d.signal()), d);
                if (old != null) {
                    throw e.fail(d.at(), "'" + signals.fullName(d.signal()) + "' is driven twice (also at line "
                            + old.at().line() + ")");
                }
            }
            return byRoot;
        }
    }
}
