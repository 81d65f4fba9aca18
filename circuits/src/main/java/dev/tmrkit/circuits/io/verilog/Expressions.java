package dev.tmrkit.circuits.io.verilog;

import dev.tmrkit.gates.GateType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Verilog expressions as {@link Bit}s, least significant bit first, with Verilog's widths: an operand of a bitwise
 * operator or {@code ?:} is zero-extended to the width of its context before the operator applies ({@code ~a}
 * assigned to a 4-bit wire inverts four bits), reductions and logical operators give one bit.
 */
final class Expressions {
    private final Elaborator elaborator;
    private final Ast.Module module;
    private final java.util.Map<String, int[]> wires;

    Expressions(Elaborator elaborator, Ast.Module module, java.util.Map<String, int[]> wires) {
        this.elaborator = elaborator;
        this.module = module;
        this.wires = wires;
    }

    /** The signals of a one-bit wire named by {@code r}, for clocks and resets. */
    int signal(Token at, String name) {
        int[] ids = wires.get(name);
        if (ids == null) {
            throw elaborator.fail(at, "'" + name + "' is not declared in this module");
        }
        if (ids.length != 1) {
            throw elaborator.fail(at, "'" + name + "' is " + ids.length + " bits wide; a clock or reset is one bit");
        }
        return ids[0];
    }

    /** The signals an expression assigns to: a wire, a bit, a part or a concatenation of them. */
    List<Integer> lvalue(Ast.Expr e) {
        if (e instanceof Ast.Ref r) {
            List<Integer> out = new ArrayList<>();
            for (Bit b : ref(r)) {
                out.add(((Bit.Signal) b).id());
            }
            return out;
        }
        if (e instanceof Ast.Concat c) {
            List<Integer> out = new ArrayList<>();
            for (int p = c.parts().size() - 1; p >= 0; p--) {
                out.addAll(lvalue(c.parts().get(p)));
            }
            return out;
        }
        throw elaborator.fail(e.at(), "cannot assign to an expression; expected a wire, a bit, a part or {...} of them");
    }

    /** The expression at {@code width} bits. */
    List<Bit> value(Ast.Expr e, int width) {
        List<Bit> bits;
        if (e instanceof Ast.Unary u && u.op().equals("~")) {
            bits = new ArrayList<>();
            for (Bit b : value(u.operand(), Math.max(width, width(u.operand())))) {
                bits.add(Bit.not(b));
            }
        } else if (e instanceof Ast.Binary b && b.op().equals(">>")) {
            List<Bit> amount = value(b.right(), width(b.right()));
            boolean[] constant = ((Ast.Number) b.left()).bits();
            bits = new ArrayList<>();
            for (int k = 0; k < Math.max(width, constant.length); k++) {
                bits.add(LookUpTables.shifted(elaborator, b.at(), constant, amount, k));
            }
        } else if (e instanceof Ast.Binary b && !b.op().equals("&&") && !b.op().equals("||")) {
            int w = Math.max(width, Math.max(width(b.left()), width(b.right())));
            List<Bit> l = value(b.left(), w);
            List<Bit> r = value(b.right(), w);
            bits = new ArrayList<>();
            for (int k = 0; k < w; k++) {
                bits.add(bitwise(b.op(), l.get(k), r.get(k)));
            }
        } else if (e instanceof Ast.Ternary t) {
            Bit select = reduce(GateType.OR, value(t.condition(), width(t.condition())));
            int w = Math.max(width, Math.max(width(t.then()), width(t.otherwise())));
            List<Bit> one = value(t.then(), w);
            List<Bit> zero = value(t.otherwise(), w);
            bits = new ArrayList<>();
            for (int k = 0; k < w; k++) {
                bits.add(Bit.mux(select, zero.get(k), one.get(k)));
            }
        } else {
            bits = selfDetermined(e);
        }
        List<Bit> out = new ArrayList<>(bits.subList(0, Math.min(width, bits.size())));
        while (out.size() < width) {
            out.add(Bit.ZERO);
        }
        return out;
    }

    private static Bit bitwise(String op, Bit a, Bit b) {
        switch (op) {
            case "&": return Bit.gate(GateType.AND, a, b);
            case "|": return Bit.gate(GateType.OR, a, b);
            case "^": return Bit.gate(GateType.XOR, a, b);
            default: return Bit.not(Bit.gate(GateType.XOR, a, b)); // ~^
        }
    }

    private List<Bit> selfDetermined(Ast.Expr e) {
        if (e instanceof Ast.Ref r) {
            return ref(r);
        }
        if (e instanceof Ast.Number n) {
            List<Bit> out = new ArrayList<>();
            for (boolean b : n.bits()) {
                out.add(b ? Bit.ONE : Bit.ZERO);
            }
            return out;
        }
        if (e instanceof Ast.Concat c) {
            List<Bit> out = new ArrayList<>();
            for (int p = c.parts().size() - 1; p >= 0; p--) {
                Ast.Expr part = c.parts().get(p);
                if (part instanceof Ast.Number n && !n.sized()) {
                    throw elaborator.fail(part.at(), "an unsized number in a concatenation has no width; write it sized (1'b0)");
                }
                out.addAll(value(part, width(part)));
            }
            return out;
        }
        if (e instanceof Ast.Unary u) {
            List<Bit> operand = value(u.operand(), width(u.operand()));
            switch (u.op()) {
                case "!": return List.of(Bit.not(reduce(GateType.OR, operand)));
                case "&": return List.of(reduce(GateType.AND, operand));
                case "|": return List.of(reduce(GateType.OR, operand));
                case "^": return List.of(reduce(GateType.XOR, operand));
                case "~&": return List.of(Bit.not(reduce(GateType.AND, operand)));
                case "~|": return List.of(Bit.not(reduce(GateType.OR, operand)));
                default: return List.of(Bit.not(reduce(GateType.XOR, operand)));
            }
        }
        Ast.Binary b = (Ast.Binary) e; // && and ||
        Bit l = reduce(GateType.OR, value(b.left(), width(b.left())));
        Bit r = reduce(GateType.OR, value(b.right(), width(b.right())));
        return List.of(Bit.gate(b.op().equals("&&") ? GateType.AND : GateType.OR, l, r));
    }

    /** One bit combining all of {@code bits} (a single bit stays itself). */
    static Bit reduce(GateType type, List<Bit> bits) {
        Bit acc = bits.get(0);
        for (Bit b : bits.subList(1, bits.size())) {
            acc = Bit.gate(type, acc, b);
        }
        return acc;
    }

    /** The width an expression has on its own. */
    int width(Ast.Expr e) {
        if (e instanceof Ast.Ref r) {
            return r.part() == Ast.Ref.Part.WHOLE ? bits(r).length : r.part() == Ast.Ref.Part.BIT ? 1 : Math.abs(r.msb() - r.lsb()) + 1;
        }
        if (e instanceof Ast.Number n) {
            return n.bits().length;
        }
        if (e instanceof Ast.Concat c) {
            int w = 0;
            for (Ast.Expr p : c.parts()) {
                w += width(p);
            }
            return w;
        }
        if (e instanceof Ast.Unary u) {
            return u.op().equals("~") ? width(u.operand()) : 1;
        }
        if (e instanceof Ast.Binary b) {
            if (b.op().equals(">>")) {
                return width(b.left());
            }
            return b.op().equals("&&") || b.op().equals("||") ? 1 : Math.max(width(b.left()), width(b.right()));
        }
        Ast.Ternary t = (Ast.Ternary) e;
        return Math.max(width(t.then()), width(t.otherwise()));
    }

    private int[] bits(Ast.Ref r) {
        int[] ids = wires.get(r.name());
        if (ids == null) {
            throw elaborator.fail(r.at(), "'" + r.name() + "' is not declared in this module");
        }
        return ids;
    }

    private List<Bit> ref(Ast.Ref r) {
        int[] ids = bits(r);
        List<Bit> out = new ArrayList<>();
        if (r.part() == Ast.Ref.Part.WHOLE) {
            for (int id : ids) {
                out.add(new Bit.Signal(id, r.at()));
            }
            return out;
        }
        Ast.Wire w = module.wires().get(r.name());
        int hi = w.bit(r.msb());
        int lo = w.bit(r.lsb());
        if (hi < 0 || lo < 0) {
            throw elaborator.fail(r.at(), "index " + (hi < 0 ? r.msb() : r.lsb()) + " is outside " + r.name() + "["
                    + w.msb() + ":" + w.lsb() + "]");
        }
        for (int k = Math.min(hi, lo); k <= Math.max(hi, lo); k++) {
            out.add(new Bit.Signal(ids[k], r.at()));
        }
        if (hi < lo) {
            Collections.reverse(out);
        }
        return out;
    }
}
