package dev.tmrkit.circuits.io.verilog;

import dev.tmrkit.circuits.io.yosys.LutTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Look-up tables in structural Verilog, as Yosys writes FPGA netlists ({@code write_verilog -noattr}): instances
 * {@code SB_LUT4 #(.LUT_INIT(16'h0cf0)) u (.I0(a), .I1(b), .I2(c), .I3(d), .O(y));}, {@code LUT4 #(.INIT(16'h...))},
 * {@code \$lut #(.LUT(8'h2c), .WIDTH(32'd3)) u (.A({c, b, a}), .Y(y));} ({@code -noexpr}), and the expression Yosys
 * writes for a {@code $lut} otherwise, a constant shifted by a signal: {@code assign y = 8'h2c >> {c, b, a};}. Each
 * becomes the multiplexer tree of {@link LutTable#expand}, as in the Yosys JSON and BLIF readers.
 */
final class LookUpTables {
    /** The widest shift amount of {@code K >> x} read as a table: 2^16 entries. */
    static final int MAX_SHIFT_BITS = 16;

    private LookUpTables() {
    }

    /** Drives the output of look-up-table instance {@code i} of type {@code shape}. */
    static void instance(Elaborator e, Expressions x, Ast.Instance i, LutTable.Shape shape) {
        Map<String, Ast.Connection> ports = new HashMap<>();
        for (Ast.Connection c : i.connections()) {
            if (c.port() == null) {
                throw e.fail(c.at(), "connect the ports of look-up table " + i.type() + " by name (." + shape.output() + "(...))");
            }
            boolean known = shape.inputs().contains(c.port()) || c.port().equals(shape.bus()) || c.port().equals(shape.output());
            if (!known) {
                throw e.fail(c.at(), i.type() + " has no port '" + c.port() + "'");
            }
            if (ports.put(c.port(), c) != null) {
                throw e.fail(c.at(), "port '" + c.port() + "' is connected twice");
            }
        }
        Ast.Connection table = null;
        Ast.Connection width = null;
        for (Ast.Connection p : i.parameters()) {
            if (p.port().equals(shape.table()) && table == null) {
                table = p;
            } else if (shape.bus() != null && p.port().equals("WIDTH") && width == null) {
                width = p;
            } else {
                throw e.fail(p.at(), i.type() + " has no parameter '" + p.port() + "' (or it is given twice); its table is "
                        + shape.table());
            }
        }
        if (table == null) {
            throw e.fail(i.at(), "look-up table " + i.type() + " without its " + shape.table() + " parameter (the truth table)");
        }
        List<Bit> inputs = new ArrayList<>();
        if (shape.bus() != null) {
            Ast.Connection bus = connected(e, i, ports, shape.bus());
            long n = width == null ? x.width(bus.expr()) : constant(e, width, 31);
            if (n > MAX_SHIFT_BITS) {
                throw e.fail(i.at(), "look-up table " + i.type() + " has " + n + " inputs; at most " + MAX_SHIFT_BITS
                        + " are read");
            }
            inputs.addAll(x.value(bus.expr(), (int) n));
        } else {
            for (String port : shape.inputs()) {
                inputs.add(x.value(connected(e, i, ports, port).expr(), 1).get(0));
            }
        }
        boolean[] bits;
        try {
            bits = LutTable.bits(bitString(e, table), inputs.size());
        } catch (IllegalArgumentException ex) {
            throw e.fail(table.at(), i.type() + ": " + ex.getMessage());
        }
        Ast.Connection output = connected(e, i, ports, shape.output());
        List<Integer> out = x.lvalue(output.expr());
        if (out.size() != 1) {
            throw e.fail(output.at(), "the output of look-up table " + i.type() + " must be one bit, found " + out.size());
        }
        e.drivers.combinational(out.get(0), expand(bits, inputs), output.at());
    }

    /**
     * Bit {@code k} of {@code K >> amount} for a constant {@code K} of the bits {@code k} (least significant first):
     * entry {@code i} of the table over {@code amount} is bit {@code i + k} of {@code K} (0 beyond its width).
     */
    static Bit shifted(Elaborator e, Token at, boolean[] constant, List<Bit> amount, int k) {
        if (amount.size() > MAX_SHIFT_BITS) {
            throw e.fail(at, "a shift by " + amount.size() + " bits; tmrkit reads a constant shifted by at most "
                    + MAX_SHIFT_BITS + " bits (a look-up table)");
        }
        boolean[] table = new boolean[1 << amount.size()];
        for (int i = 0; i < table.length; i++) {
            table[i] = i + k < constant.length && constant[i + k];
        }
        return expand(table, amount);
    }

    private static Bit expand(boolean[] table, List<Bit> inputs) {
        return LutTable.expand(table, inputs, new LutTable.Logic<Bit>() {
            @Override
            public Bit constant(boolean one, boolean root) {
                return one ? Bit.ONE : Bit.ZERO;
            }

            @Override
            public Bit mux(Bit select, Bit zero, Bit one, boolean root) {
                return Bit.mux(select, zero, one);
            }
        });
    }

    private static Ast.Connection connected(Elaborator e, Ast.Instance i, Map<String, Ast.Connection> ports, String port) {
        Ast.Connection c = ports.get(port);
        if (c == null || c.expr() == null) {
            throw e.fail(i.at(), "port '" + port + "' of look-up table " + i.type() + " is not connected");
        }
        return c;
    }

    /** A parameter's value as Yosys writes it: a sized or unsized number, most significant bit first. */
    private static String bitString(Elaborator e, Ast.Connection parameter) {
        if (!(parameter.expr() instanceof Ast.Number n)) {
            throw e.fail(parameter.at(), "parameter " + parameter.port() + " must be a number such as 16'h0cf0");
        }
        StringBuilder sb = new StringBuilder(n.bits().length);
        for (int k = n.bits().length - 1; k >= 0; k--) {
            sb.append(n.bits()[k] ? '1' : '0');
        }
        return sb.toString();
    }

    private static long constant(Elaborator e, Ast.Connection parameter, int maxBits) {
        String bits = bitString(e, parameter);
        long v = 0;
        for (int k = 0; k < bits.length(); k++) {
            if (bits.charAt(k) == '1') {
                if (bits.length() - 1 - k >= maxBits) {
                    throw e.fail(parameter.at(), "parameter " + parameter.port() + " is too large");
                }
                v |= 1L << (bits.length() - 1 - k);
            }
        }
        return v;
    }
}
