package dev.tmrkit.circuits.io.verilog;

import dev.tmrkit.gates.GateType;
import java.util.ArrayList;
import java.util.List;

/** A one-bit expression over signals, what every Verilog expression becomes bit by bit. */
sealed interface Bit permits Bit.Signal, Bit.Constant, Bit.Not, Bit.Gate, Bit.Mux {
    /** Signal {@code id} read at a token. */
    record Signal(int id, Token at) implements Bit {
    }

    record Constant(boolean one) implements Bit {
    }

    record Not(Bit operand) implements Bit {
    }

    /** AND, OR or XOR of two or more operands. */
    record Gate(GateType type, List<Bit> operands) implements Bit {
    }

    /** {@code select ? one : zero}. */
    record Mux(Bit select, Bit zero, Bit one) implements Bit {
    }

    Constant ZERO = new Constant(false);
    Constant ONE = new Constant(true);

    static Bit not(Bit b) {
        if (b instanceof Constant c) {
            return c.one() ? ZERO : ONE;
        }
        return b instanceof Not n ? n.operand() : new Not(b);
    }

    /** {@code a op b}, flattening chains of the same operator ({@code a & b & c} is one three-input AND). */
    static Bit gate(GateType type, Bit a, Bit b) {
        List<Bit> operands = new ArrayList<>();
        for (Bit x : new Bit[] {a, b}) {
            if (x instanceof Gate g && g.type() == type) {
                operands.addAll(g.operands());
            } else {
                operands.add(x);
            }
        }
        return new Gate(type, List.copyOf(operands));
    }

    /**
     * {@code select ? one : zero}, folded to one gate when the select is constant, both branches are equal or a
     * branch is constant ({@code s ? x : 0} is {@code s & x}, {@code s ? 1 : 0} is {@code s}, ...).
     */
    static Bit mux(Bit select, Bit zero, Bit one) {
        if (select instanceof Constant c) {
            return c.one() ? one : zero;
        }
        if (zero.equals(one)) {
            return zero;
        }
        if (zero instanceof Constant z && one instanceof Constant) {
            return z.one() ? not(select) : select;
        }
        if (zero instanceof Constant z) {
            return z.one() ? gate(GateType.OR, not(select), one) : gate(GateType.AND, select, one);
        }
        if (one instanceof Constant o) {
            return o.one() ? gate(GateType.OR, zero, select) : gate(GateType.AND, zero, not(select));
        }
        return new Mux(select, zero, one);
    }
}
