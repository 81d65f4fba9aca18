package dev.tmrkit.circuits.io.verilog;

import dev.tmrkit.circuits.io.yosys.LutTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses the structural subset into {@link Ast.Module}s (see {@link VerilogReader} for the subset). */
final class VerilogParser extends ExpressionParser {
    private VerilogParser(String source, List<Token> tokens) {
        super(source, tokens);
    }

    static List<Ast.Module> parse(String source, String text) {
        return new VerilogParser(source, VerilogLexer.tokens(source, text)).modules();
    }

    // ---- modules --------------------------------------------------------------------------------------------------

    private List<Ast.Module> modules() {
        List<Ast.Module> modules = new ArrayList<>();
        while (peek().kind() != Token.Kind.END) {
            Token t = peek();
            if (!t.isWord("module")) {
                refuseKeyword(t);
                throw fail(t, "expected 'module', found " + t.describe());
            }
            modules.add(module());
        }
        if (modules.isEmpty()) {
            throw fail(peek(), "no module: expected 'module NAME (...); ... endmodule'");
        }
        return modules;
    }

    private Ast.Module module() {
        Token start = take();
        Token name = name("the module's name");
        if (peek().is("#")) {
            throw behavioural(peek(), "a parameterised module");
        }
        List<Token> ports = new ArrayList<>();
        Map<String, Ast.Wire> wires = new LinkedHashMap<>();
        List<Ast.ContinuousAssign> assigns = new ArrayList<>();
        List<Ast.Instance> instances = new ArrayList<>();
        List<Ast.Always> always = new ArrayList<>();
        if (accept("(")) {
            if (!peek().is(")")) {
                if (peek().isWord("input") || peek().isWord("output") || peek().isWord("inout")) {
                    ansiPorts(ports, wires);
                } else {
                    do {
                        ports.add(name("a port name"));
                    } while (accept(","));
                }
            }
            expect(")", "to close the port list");
        }
        expect(";", "after the module header");
        while (!peek().isWord("endmodule")) {
            Token t = peek();
            if (t.kind() == Token.Kind.END) {
                throw fail(t, "expected 'endmodule' to close module " + name.text());
            }
            item(t, wires, assigns, instances, always);
        }
        take();
        return new Ast.Module(start, name.text(), ports, wires, assigns, instances, always);
    }

    /** {@code (input clk, input [3:0] a, output reg q)}: each direction applies until the next. */
    private void ansiPorts(List<Token> ports, Map<String, Ast.Wire> wires) {
        Ast.Direction direction = null;
        int[] range = null;
        boolean reg = false;
        do {
            Token t = peek();
            if (t.isWord("input") || t.isWord("output") || t.isWord("inout")) {
                refuseKeyword(t);
                take();
                direction = t.text().equals("input") ? Ast.Direction.INPUT : Ast.Direction.OUTPUT;
                reg = false;
                if (peek().isWord("wire") || peek().isWord("reg")) {
                    reg = take().text().equals("reg");
                }
                skipSigned();
                range = range();
            }
            Token n = name("a port name");
            ports.add(n);
            Ast.Expr init = null;
            if (accept("=")) {
                if (!reg) {
                    throw fail(n, "a port declaration with '=' must be a reg with its initial value");
                }
                init = expression();
            }
            declare(wires, new Ast.Wire(n, n.text(), range != null, range == null ? 0 : range[0], range == null ? 0 : range[1],
                    direction, init));
        } while (accept(","));
    }

    private void skipSigned() {
        if (peek().isWord("signed")) {
            take();
        }
    }

    private int[] range() {
        if (!accept("[")) {
            return null;
        }
        int msb = integer();
        expect(":", "in a range [msb:lsb]");
        int lsb = integer();
        expect("]", "to close the range");
        if (Math.abs((long) msb - lsb) >= WIDTH_LIMIT) {
            throw fail(previous(), "a wire of " + (Math.abs((long) msb - lsb) + 1) + " bits; tmrkit reads wires of at"
                    + " most " + WIDTH_LIMIT + " bits");
        }
        return new int[] {msb, lsb};
    }

    private void declare(Map<String, Ast.Wire> wires, Ast.Wire wire) {
        Ast.Wire old = wires.get(wire.name());
        if (old == null) {
            wires.put(wire.name(), wire);
            return;
        }
        // "output [3:0] q; wire [3:0] q;" declares one wire twice: the widths must agree, the direction is kept.
        if (old.width() != wire.width() || old.ranged() && wire.ranged() && (old.msb() != wire.msb() || old.lsb() != wire.lsb())) {
            throw fail(wire.at(), "'" + wire.name() + "' was declared at line " + old.at().line() + " with another width");
        }
        if (old.direction() != Ast.Direction.NONE && wire.direction() != Ast.Direction.NONE) {
            throw fail(wire.at(), "port '" + wire.name() + "' was already declared at line " + old.at().line());
        }
        Ast.Direction d = old.direction() != Ast.Direction.NONE ? old.direction() : wire.direction();
        Ast.Expr init = old.init() != null ? old.init() : wire.init();
        Ast.Wire kept = old.ranged() ? old : wire;
        wires.put(wire.name(), new Ast.Wire(old.at(), wire.name(), kept.ranged(), kept.msb(), kept.lsb(), d, init));
    }

    private void item(Token t, Map<String, Ast.Wire> wires, List<Ast.ContinuousAssign> assigns, List<Ast.Instance> instances,
                      List<Ast.Always> always) {
        if (t.isWord("input") || t.isWord("output")) {
            take();
            declaration(t.text().equals("input") ? Ast.Direction.INPUT : Ast.Direction.OUTPUT, false, wires, assigns);
        } else if (t.isWord("wire") || t.isWord("reg")) {
            take();
            declaration(Ast.Direction.NONE, t.text().equals("reg"), wires, assigns);
        } else if (t.isWord("assign")) {
            take();
            do {
                Ast.Expr lhs = expression();
                expect("=", "in assign");
                assigns.add(new Ast.ContinuousAssign(t, lhs, expression()));
            } while (accept(","));
            expect(";", "after the assign");
        } else if (t.isWord("always")) {
            always.add(always());
        } else if (t.kind() == Token.Kind.IDENTIFIER && PRIMITIVES.contains(t.text()) || t.isName() && !isKeyword(t)) {
            instances(instances);
        } else {
            refuseKeyword(t);
            throw fail(t, "unexpected " + t.describe() + "; expected a declaration, assign, always, a gate primitive,"
                    + " a module instance or endmodule");
        }
    }

    /** After input/output/wire/reg: {@code [wire|reg] [signed] [range] name [= init], ...;}. */
    private void declaration(Ast.Direction direction, boolean isReg, Map<String, Ast.Wire> wires,
                             List<Ast.ContinuousAssign> assigns) {
        boolean reg = isReg;
        if (peek().isWord("wire") || peek().isWord("reg")) {
            reg = take().text().equals("reg");
        }
        skipSigned();
        int[] range = range();
        do {
            Token n = name("a wire name");
            if (peek().is("[")) {
                throw fail(peek(), "arrays (memories) are not supported");
            }
            Ast.Expr init = null;
            if (accept("=")) {
                Ast.Expr e = expression();
                if (reg) {
                    init = e;
                } else {
                    assigns.add(new Ast.ContinuousAssign(n, new Ast.Ref(n, n.text(), Ast.Ref.Part.WHOLE, 0, 0), e));
                }
            }
            declare(wires, new Ast.Wire(n, n.text(), range != null, range == null ? 0 : range[0], range == null ? 0 : range[1],
                    direction, init));
        } while (accept(","));
        expect(";", "after the declaration");
    }

    /** {@code and g (y, a, b), (z, c, d);} or {@code mod #(.P(v)) inst (.a(x), ...);}. */
    private void instances(List<Ast.Instance> instances) {
        Token type = take();
        List<Ast.Connection> parameters = new ArrayList<>();
        if (accept("#")) {
            if (LutTable.shape(type.text()).isEmpty() || !accept("(") || !peek().is(".")) {
                throw behavioural(type, "a parameterised instance (#(...)) other than a look-up table's #(.NAME(value))");
            }
            do {
                Token c = expect(".", "before a parameter name: #(.NAME(value), ...)");
                Token parameter = name("a parameter name");
                expect("(", "after ." + parameter.text());
                Ast.Expr value = expression();
                expect(")", "to close ." + parameter.text() + "(...)");
                parameters.add(new Ast.Connection(c, parameter.text(), value));
            } while (accept(","));
            expect(")", "to close the parameters of " + type.text());
        }
        do {
            Token at = peek();
            String instanceName = peek().isName() ? take().text() : null;
            if (instanceName != null && peek().is("[")) {
                throw fail(peek(), "instance arrays are not supported");
            }
            expect("(", "to open the connections of " + type.text());
            List<Ast.Connection> connections = new ArrayList<>();
            if (!peek().is(")")) {
                do {
                    Token c = peek();
                    if (accept(".")) {
                        Token port = name("a port name");
                        expect("(", "after ." + port.text());
                        Ast.Expr e = peek().is(")") ? null : expression();
                        expect(")", "to close ." + port.text() + "(...)");
                        connections.add(new Ast.Connection(c, port.text(), e));
                    } else {
                        connections.add(new Ast.Connection(c, null, peek().is(",") ? null : expression()));
                    }
                } while (accept(","));
            }
            expect(")", "to close the connections of " + type.text());
            instances.add(new Ast.Instance(at, type.text(), instanceName, connections, parameters));
        } while (accept(","));
        expect(";", "after the instance");
    }

    // ---- flip-flops -----------------------------------------------------------------------------------------------

    private Ast.Always always() {
        Token at = take();
        Token atSign = expect("@", "after always (tmrkit reads always @(posedge clk) flip-flops)");
        if (!accept("(")) {
            throw behavioural(atSign, "an always block without an edge");
        }
        if (peek().is("*")) {
            throw behavioural(peek(), "a combinational always @(*)");
        }
        Ast.Edge clock = edge();
        Ast.Edge reset = null;
        if (accept(",") || peek().isWord("or") && take() != null) {
            reset = edge();
        }
        if (!peek().is(")")) {
            throw behavioural(peek(), "a sensitivity list with more than a clock and a reset");
        }
        take();
        return new Ast.Always(at, clock, reset, statement());
    }

    private Ast.Edge edge() {
        Token t = peek();
        if (!t.isWord("posedge") && !t.isWord("negedge")) {
            throw behavioural(t, "a level-sensitive always block");
        }
        take();
        Token signal = name("the clock or reset after " + t.text());
        if (peek().is("[")) {
            throw fail(peek(), "a clock or reset must be a one-bit wire");
        }
        return new Ast.Edge(signal, t.text().equals("posedge"), signal.text());
    }

    private Ast.Statement statement() {
        enter(peek(), "statements");
        try {
            return statementAt(peek());
        } finally {
            depth--;
        }
    }

    private Ast.Statement statementAt(Token t) {
        if (t.isWord("begin")) {
            take();
            if (accept(":")) {
                name("a block name");
            }
            List<Ast.Statement> list = new ArrayList<>();
            while (!peek().isWord("end")) {
                if (peek().kind() == Token.Kind.END) {
                    throw fail(peek(), "expected 'end' to close the 'begin' at line " + t.line());
                }
                list.add(statement());
            }
            take();
            return new Ast.Block(list);
        }
        if (t.isWord("if")) {
            take();
            expect("(", "after if");
            Ast.Expr condition = expression();
            expect(")", "to close the condition");
            Ast.Statement then = statement();
            Ast.Statement otherwise = null;
            if (peek().isWord("else")) {
                take();
                otherwise = statement();
            }
            return new Ast.If(t, condition, then, otherwise);
        }
        if (accept(";")) {
            return new Ast.Block(List.of());
        }
        refuseKeyword(t);
        Ast.Expr lhs = expression();
        Token op = peek();
        if (op.is("=")) {
            throw behavioural(op, "a blocking assignment (=) in an always block");
        }
        expect("<=", "(a non-blocking assignment) in the flip-flop block");
        Ast.Expr rhs = expression();
        expect(";", "after the assignment");
        return new Ast.Assign(op, lhs, rhs);
    }

}
