package dev.tmrkit.circuits.io.blif;

import dev.tmrkit.circuits.io.NetlistAssembly;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code .names} block: its nets and cover rows, checked as they arrive, then turned into gates.
 *
 * <p>Exact covers become one gate of the matching type: no rows or a row of dashes are constants;
 * {@code 1 1} is BUF and {@code 0 1} is NOT; a single cube of all 1s is AND (NAND as an off-set), of all 0s
 * NOR (OR as an off-set); one single-literal cube per input, all 1s, is OR (NOR as an off-set), all 0s
 * NAND (AND as an off-set); the 2<sup>n-1</sup> full rows of one parity are XOR or XNOR. Every other cover
 * becomes a sum of products of NOT, AND and OR/NOR gates whose intermediate nets are named
 * {@code $blif$<output>$<k>}; user nets of that form would collide and be reported as driven twice.
 */
final class BlifCover {
    private final String source;
    private final String output;
    private final Location at;
    private final List<String> inputs;
    private final List<String> rows = new ArrayList<>();
    /** '1' for an on-set cover, '0' for an off-set cover, 0 before the first row. */
    private char value;
    private int fresh;

    BlifCover(String source, String output, Location at, List<String> inputs) {
        this.source = source;
        this.output = output;
        this.at = at;
        this.inputs = List.copyOf(inputs);
    }

    /** Checks and keeps one cover row, given as its tokens. */
    void addRow(List<BlifLines.Token> row) {
        int n = inputs.size();
        BlifLines.Token first = row.get(0);
        if (n == 0) {
            if (row.size() > 1) {
                throw error(row.get(1), "unexpected '" + row.get(1).text() + "': '.names " + output
                        + "' has no inputs, so each row is just the output value 0 or 1");
            }
            addValue(first, "'.names " + output + "' has no inputs, so each row is just the output value 0 or 1, found '"
                    + first.text() + "'");
            rows.add("");
            return;
        }
        String plane = first.text();
        for (int i = 0; i < plane.length(); i++) {
            char c = plane.charAt(i);
            if (c != '0' && c != '1' && c != '-') {
                throw new ParseException(source, first.line(), first.column() + i,
                        "unexpected '" + c + "' in a cover row; expected 0, 1 or -");
            }
        }
        if (plane.length() != n) {
            throw error(first, "cover row '" + plane + "' has " + plane.length() + " input values, but '.names ... "
                    + output + "' has " + n + " input" + (n == 1 ? "" : "s"));
        }
        if (row.size() == 1) {
            throw new ParseException(source, first.line(), first.column() + plane.length(),
                    "cover row '" + plane + "' has no output value; expected a blank and then 0 or 1");
        }
        if (row.size() > 2) {
            throw error(row.get(2), "unexpected '" + row.get(2).text() + "' after the output value of a cover row");
        }
        addValue(row.get(1), "expected the output value 0 or 1, found '" + row.get(1).text() + "'");
        rows.add(plane);
    }

    private void addValue(BlifLines.Token token, String badValue) {
        String v = token.text();
        if (!v.equals("0") && !v.equals("1")) {
            throw error(token, badValue);
        }
        if (value != 0 && value != v.charAt(0)) {
            throw error(token, "cover row of '" + output + "' has output " + v + ", but the rows before it have output "
                    + value + "; a cover lists either the on-set (1) or the off-set (0)");
        }
        value = v.charAt(0);
    }

    private ParseException error(BlifLines.Token token, String reason) {
        return new ParseException(source, token.line(), token.column(), reason);
    }

    /** Emits the gates computing this cover. */
    void emit(NetlistAssembly netlist) {
        boolean on = value != '0';
        if (rows.isEmpty()) {
            gate(netlist, GateType.CONST0, output, List.of());
            return;
        }
        for (String row : rows) {
            if (literalCount(row) == 0) {
                gate(netlist, on ? GateType.CONST1 : GateType.CONST0, output, List.of());
                return;
            }
        }
        GateType exact = exactType(on);
        if (exact != null) {
            gate(netlist, exact, output, exact.isConstant() ? List.of() : inputs);
        } else {
            sumOfProducts(netlist, on);
        }
    }

    private GateType exactType(boolean on) {
        int n = inputs.size();
        if (n == 1) {
            // rows are "0" or "1"; both present is a tautology
            boolean positive = rows.contains("1");
            if (positive && rows.contains("0")) {
                return on ? GateType.CONST1 : GateType.CONST0;
            }
            return positive == on ? GateType.BUF : GateType.NOT;
        }
        if (rows.size() == 1) {
            String row = rows.get(0);
            if (uniform(row, '1')) {
                return on ? GateType.AND : GateType.NAND;
            }
            if (uniform(row, '0')) {
                return on ? GateType.NOR : GateType.OR;
            }
        }
        if (rows.size() == n) {
            char polarity = oneLiteralPerInput();
            if (polarity == '1') {
                return on ? GateType.OR : GateType.NOR;
            }
            if (polarity == '0') {
                return on ? GateType.NAND : GateType.AND;
            }
        }
        if (n <= 24 && rows.size() == 1 << (n - 1)) {
            int parity = commonParity();
            if (parity >= 0) {
                return (parity == 1) == on ? GateType.XOR : GateType.XNOR;
            }
        }
        return null;
    }

    private static boolean uniform(String row, char c) {
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    private static int literalCount(String row) {
        int k = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) != '-') {
                k++;
            }
        }
        return k;
    }

    /** The position of the first literal of a row (one that is not all dashes). */
    private static int literalPosition(String row) {
        int k = 0;
        while (row.charAt(k) == '-') {
            k++;
        }
        return k;
    }

    /** The common polarity when each row has one literal and each input is used by exactly one row, else 0. */
    private char oneLiteralPerInput() {
        boolean[] used = new boolean[inputs.size()];
        char polarity = 0;
        for (String row : rows) {
            if (literalCount(row) != 1) {
                return 0;
            }
            int k = literalPosition(row);
            char c = row.charAt(k);
            if (used[k] || (polarity != 0 && polarity != c)) {
                return 0;
            }
            used[k] = true;
            polarity = c;
        }
        return polarity;
    }

    /** The parity shared by all rows when they are distinct, fully specified and all even or all odd; else -1. */
    private int commonParity() {
        boolean[] seen = new boolean[1 << inputs.size()];
        int parity = -1;
        for (String row : rows) {
            if (row.indexOf('-') >= 0) {
                return -1;
            }
            int bits = Integer.parseInt(row, 2);
            int p = Integer.bitCount(bits) & 1;
            if (seen[bits] || (parity >= 0 && parity != p)) {
                return -1;
            }
            seen[bits] = true;
            parity = p;
        }
        return parity;
    }

    /**
     * OR (on-set) or NOR (off-set) over one term per row; a term is a literal or an AND of literals. The
     * output's gate is emitted before its helpers, so a net defined twice is reported by its own name first.
     */
    private void sumOfProducts(NetlistAssembly netlist, boolean on) {
        String[] negated = new String[inputs.size()];
        List<Helper> helpers = new ArrayList<>();
        if (rows.size() == 1) {
            String row = rows.get(0);
            if (literalCount(row) == 1) {
                int k = literalPosition(row);
                gate(netlist, (row.charAt(k) == '1') == on ? GateType.BUF : GateType.NOT, output, List.of(inputs.get(k)));
                return;
            }
            gate(netlist, on ? GateType.AND : GateType.NAND, output, literals(row, negated, helpers));
        } else {
            List<String> terms = new ArrayList<>(rows.size());
            for (String row : rows) {
                List<String> literals = literals(row, negated, helpers);
                if (literals.size() == 1) {
                    terms.add(literals.get(0));
                } else {
                    String term = freshName();
                    helpers.add(new Helper(GateType.AND, term, literals));
                    terms.add(term);
                }
            }
            gate(netlist, on ? GateType.OR : GateType.NOR, output, terms);
        }
        for (Helper h : helpers) {
            gate(netlist, h.type(), h.output(), h.inputs());
        }
    }

    /** A generated gate waiting to be emitted. */
    private record Helper(GateType type, String output, List<String> inputs) {
    }

    private List<String> literals(String row, String[] negated, List<Helper> helpers) {
        List<String> literals = new ArrayList<>();
        for (int k = 0; k < row.length(); k++) {
            char c = row.charAt(k);
            if (c == '1') {
                literals.add(inputs.get(k));
            } else if (c == '0') {
                if (negated[k] == null) {
                    negated[k] = freshName();
                    helpers.add(new Helper(GateType.NOT, negated[k], List.of(inputs.get(k))));
                }
                literals.add(negated[k]);
            }
        }
        return literals;
    }

    private String freshName() {
        return "$blif$" + output + "$" + fresh++;
    }

    private void gate(NetlistAssembly netlist, GateType type, String out, List<String> ins) {
        netlist.gate(type, out, ins, at);
    }
}
