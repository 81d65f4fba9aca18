package dev.tmrkit.circuits.io.verilog;

import java.util.List;
import java.util.Map;

/** The parsed structure of the structural subset: modules, their wires, assigns, instances and flip-flop blocks. */
final class Ast {
    private Ast() {
    }

    /** An expression; {@code at} is its first token. */
    sealed interface Expr permits Ref, Number, Unary, Binary, Ternary, Concat {
        Token at();
    }

    /** A wire, one bit of it ({@code index}), or a part ({@code msb}:{@code lsb}); {@code part} tells which. */
    record Ref(Token at, String name, Part part, int msb, int lsb) implements Expr {
        enum Part { WHOLE, BIT, RANGE }
    }

    /** A constant; {@code bits} least significant first, {@code sized} when written with a width. */
    record Number(Token at, boolean[] bits, boolean sized) implements Expr {
    }

    /** {@code ~ ! & | ^ ~& ~| ~^} applied to one operand. */
    record Unary(Token at, String op, Expr operand) implements Expr {
    }

    /** {@code & | ^ ~^ && ||}. */
    record Binary(Token at, String op, Expr left, Expr right) implements Expr {
    }

    /** {@code condition ? then : otherwise}. */
    record Ternary(Token at, Expr condition, Expr then, Expr otherwise) implements Expr {
    }

    /** {@code {a, b, ...}}, most significant part first as written. */
    record Concat(Token at, List<Expr> parts) implements Expr {
    }

    /** A statement of a flip-flop block. */
    sealed interface Statement permits Assign, If, Block {
    }

    /** {@code lhs <= rhs;} */
    record Assign(Token at, Expr lhs, Expr rhs) implements Statement {
    }

    /** {@code if (condition) then [else otherwise]}; {@code otherwise} may be null. */
    record If(Token at, Expr condition, Statement then, Statement otherwise) implements Statement {
    }

    /** {@code begin ... end}. */
    record Block(List<Statement> statements) implements Statement {
    }

    enum Direction { INPUT, OUTPUT, NONE }

    /** A declared wire or reg; {@code ranged} when declared with {@code [msb:lsb]}; {@code init} may be null. */
    record Wire(Token at, String name, boolean ranged, int msb, int lsb, Direction direction, Expr init) {
        int width() {
            return Math.abs(msb - lsb) + 1;
        }

        /** The index written in Verilog of bit {@code k} (0 the least significant). */
        int index(int k) {
            return msb >= lsb ? lsb + k : lsb - k;
        }

        /** Bit position of index {@code i}, or -1 when out of range. */
        int bit(int i) {
            int k = msb >= lsb ? i - lsb : lsb - i;
            return k >= 0 && k < width() ? k : -1;
        }
    }

    /** {@code assign lhs = rhs;} (also {@code wire x = rhs;}). */
    record ContinuousAssign(Token at, Expr lhs, Expr rhs) {
    }

    /** One connection of an instance: {@code .port(expr)} or positional ({@code port} null); {@code expr} may be null. */
    record Connection(Token at, String port, Expr expr) {
    }

    /** A module or primitive-gate instance; {@code parameters} as {@code #(.NAME(value), ...)} gives them (named). */
    record Instance(Token at, String type, String name, List<Connection> connections, List<Connection> parameters) {
    }

    /** An edge of a sensitivity list. */
    record Edge(Token at, boolean rising, String signal) {
    }

    /** {@code always @(clock [or reset]) body}; {@code reset} may be null. */
    record Always(Token at, Edge clock, Edge reset, Statement body) {
    }

    /**
     * A module: its port names in order and its items; {@code at} is its {@code module} keyword, which carries the
     * attributes written before it.
     */
    record Module(Token at, String name, List<Token> ports, Map<String, Wire> wires, List<ContinuousAssign> assigns,
                  List<Instance> instances, List<Always> always) {
    }
}
