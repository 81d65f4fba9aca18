package dev.tmrkit.circuits.io.aiger;

import java.util.HashMap;
import java.util.Map;

/**
 * The syntax of AIGER 1.9 ({@code aag} and {@code aig}): header, inputs, latches, outputs, AND gates, symbol
 * table and comment section, checked as it is read. What it found is left in package-private arrays (literals
 * and the {@link AigerInput#mark() position} of each definition) for {@link AigerNetlist} to turn into gates.
 *
 * <p>Checks: the header's counts agree ({@code M >= I + L + A}, and {@code M = I + L + A} in binary files);
 * every literal is at most {@code 2M + 1}; inputs, latches and AND outputs are even literals above 1, each
 * variable defined once; a binary AND's deltas give {@code lhs > rhs0 >= rhs1}; the optional latch reset is
 * 0, 1 or the latch's own literal; bad-state, constraint, justice and fairness sections (the AIGER 1.9
 * header's optional {@code B C J F}) are rejected, since tmrkit reads circuits, not properties.
 */
final class AigerParser {
    /** The largest variable index read: a netlist of 2^24 variables is far beyond tmrkit's scale anyway. */
    static final int MAX_VARIABLE = 1 << 24;
    /** Latch reset value meaning "uninitialized" (AIGER 1.9 writes the latch's own literal). */
    static final int RESET_UNKNOWN = -1;

    private final AigerInput in;
    private long inputsAt;
    int maxVar;
    int[] inputLit;
    long[] inputAt;
    int[] latchLit;
    int[] latchNext;
    int[] latchReset;
    long[] latchAt;
    int[] outputLit;
    long[] outputAt;
    int[] andLhs;
    int[] andRhs0;
    int[] andRhs1;
    long[] andAt;
    String[] inputName;
    String[] latchName;
    String[] outputName;
    long[] outputNameAt;
    /** Where each variable is defined (for duplicate reports): variable → mark. */
    private final Map<Integer, Long> definedAt = new HashMap<>();

    AigerParser(AigerInput in) {
        this.in = in;
    }

    /** Reads the whole file. */
    void parse() {
        header();
        for (int k = 0; k < inputLit.length; k++) {
            if (in.isBinary()) {
                inputLit[k] = 2 * (k + 1);
                inputAt[k] = inputsAt; // binary inputs have no text of their own: point at I in the header
            } else {
                inputAt[k] = in.mark();
                inputLit[k] = definition("input " + k);
                in.lineEnd("input " + k);
            }
        }
        for (int k = 0; k < latchLit.length; k++) {
            latchAt[k] = in.mark();
            latchLit[k] = in.isBinary() ? 2 * (inputLit.length + k + 1) : definition("latch " + k);
            if (!in.isBinary()) {
                in.blank("the latch's next-state literal");
            }
            latchNext[k] = literal("the next-state literal of latch " + k);
            latchReset[k] = 0;
            if (!in.atLineEnd()) {
                in.blank("the latch's reset value");
                long at = in.mark();
                int reset = in.number("the reset value of latch " + k);
                if (reset == latchLit[k]) {
                    latchReset[k] = RESET_UNKNOWN;
                } else if (reset == 0 || reset == 1) {
                    latchReset[k] = reset;
                } else {
                    throw in.error(at, "latch " + k + " has reset value " + reset + "; AIGER allows 0, 1 or the latch's"
                            + " own literal " + latchLit[k] + " (uninitialized)");
                }
            }
            in.lineEnd("latch " + k);
        }
        for (int k = 0; k < outputLit.length; k++) {
            outputAt[k] = in.mark();
            outputLit[k] = literal("output " + k);
            in.lineEnd("output " + k);
        }
        if (in.isBinary()) {
            binaryAnds();
        } else {
            asciiAnds();
        }
        symbols();
    }

    private void header() {
        long start = in.mark();
        String magic = in.found();
        if (!magic.equals("'aag'") && !magic.equals("'aig'")) {
            throw in.error(start, "expected an AIGER header 'aag M I L O A' (ASCII) or 'aig M I L O A' (binary), found "
                    + magic);
        }
        if (magic.equals("'aig'")) {
            in.binary();
        }
        in.skip();
        in.skip();
        in.skip();
        String[] names = {"M (the maximum variable index)", "I (the number of inputs)", "L (the number of latches)",
            "O (the number of outputs)", "A (the number of AND gates)"};
        long[] at = new long[names.length];
        int[] n = new int[names.length];
        for (int k = 0; k < names.length; k++) {
            in.blank(names[k]);
            at[k] = in.mark();
            n[k] = in.number(names[k]);
        }
        String[] optional = {"bad-state properties (B)", "invariant constraints (C)", "justice properties (J)",
            "fairness constraints (F)"};
        for (int k = 0; k < optional.length && !in.atLineEnd(); k++) {
            in.blank(optional[k]);
            long where = in.mark();
            if (in.number(optional[k]) != 0) {
                throw in.error(where, "the header declares " + optional[k] + "; tmrkit reads circuits, not verification"
                        + " problems (B, C, J and F must be 0 or absent)");
            }
        }
        in.lineEnd("the header");
        inputsAt = at[1];
        maxVar = n[0];
        long defined = (long) n[1] + n[2] + n[4];
        if (maxVar > MAX_VARIABLE) {
            throw in.error(at[0], "M = " + maxVar + " exceeds the largest AIG tmrkit reads (2^24 variables)");
        }
        if (in.isBinary() ? defined != maxVar : defined > maxVar) {
            throw in.error(at[0], "M = " + maxVar + " but I + L + A = " + defined + "; "
                    + (in.isBinary() ? "a binary AIGER file has M = I + L + A" : "M must be at least I + L + A"));
        }
        // every line (and every binary AND gate) takes at least two bytes; the last line may lack its line end
        long needed = 2L * ((in.isBinary() ? 0L : n[1]) + n[2] + n[3] + n[4]) - 1;
        if (needed > in.remaining()) {
            throw in.error(at[4], "the header promises " + (in.isBinary() ? "" : n[1] + " inputs, ") + n[2] + " latches, "
                    + n[3] + " outputs and " + n[4] + " AND gates, but only " + in.remaining()
                    + " bytes follow; the file is truncated");
        }
        allocate(n[1], n[2], n[3], n[4]);
    }

    private void allocate(int inputs, int latches, int outputs, int ands) {
        inputLit = new int[inputs];
        inputAt = new long[inputs];
        inputName = new String[inputs];
        latchLit = new int[latches];
        latchNext = new int[latches];
        latchReset = new int[latches];
        latchAt = new long[latches];
        latchName = new String[latches];
        outputLit = new int[outputs];
        outputAt = new long[outputs];
        outputName = new String[outputs];
        outputNameAt = new long[outputs];
        andLhs = new int[ands];
        andRhs0 = new int[ands];
        andRhs1 = new int[ands];
        andAt = new long[ands];
    }

    /** A literal in range: at most 2M + 1. */
    private int literal(String what) {
        long at = in.mark();
        int lit = in.number(what);
        if (lit > 2 * maxVar + 1) {
            throw in.error(at, what + " is " + lit + ", beyond the largest literal 2M + 1 = " + (2 * maxVar + 1));
        }
        return lit;
    }

    /** The defining literal of an input, latch or AND gate: even, not a constant, its variable not yet defined. */
    private int definition(String what) {
        long at = in.mark();
        int lit = literal(what);
        if (lit < 2 || (lit & 1) == 1) {
            throw in.error(at, what + " is defined by literal " + lit + "; a definition needs an even literal of 2 or more"
                    + " (odd literals are negations, 0 and 1 the constants)");
        }
        Long before = definedAt.putIfAbsent(lit >> 1, at);
        if (before != null) {
            throw in.error(at, "variable " + (lit >> 1) + " (literal " + lit + ") is defined twice; first at "
                    + (in.isBinary() ? "byte " + ((int) before.longValue() - 1) : AigerInput.location(before)));
        }
        return lit;
    }

    private void asciiAnds() {
        for (int k = 0; k < andLhs.length; k++) {
            String what = "AND gate " + k;
            andAt[k] = in.mark();
            andLhs[k] = definition("the output of " + what);
            in.blank("the AND gate's first input");
            andRhs0[k] = literal("the first input of " + what);
            in.blank("the AND gate's second input");
            andRhs1[k] = literal("the second input of " + what);
            in.lineEnd(what);
        }
    }

    private void binaryAnds() {
        int first = inputLit.length + latchLit.length + 1;
        for (int k = 0; k < andLhs.length; k++) {
            int lhs = 2 * (first + k);
            String what = "AND gate " + k + " (literal " + lhs + ")";
            andAt[k] = in.mark();
            andLhs[k] = lhs;
            int delta0 = in.varint("the first delta of " + what);
            if (delta0 == 0 || delta0 > lhs) {
                throw in.error(andAt[k], what + " has first delta " + delta0 + "; it must be between 1 and " + lhs
                        + " (the inputs of an AND gate are smaller literals than its output)");
            }
            int delta1 = in.varint("the second delta of " + what);
            if (delta1 > lhs - delta0) {
                throw in.error(andAt[k], what + " has second delta " + delta1 + ", more than its first input "
                        + (lhs - delta0) + "; the second input would be negative");
            }
            andRhs0[k] = lhs - delta0;
            andRhs1[k] = lhs - delta0 - delta1;
        }
    }

    /** {@code i3 name}, {@code l0 name}, {@code o7 name} lines, then an optional {@code c} comment section. */
    private void symbols() {
        while (!in.atEnd()) {
            long at = in.mark();
            int kind = in.peek();
            if (in.atLineEnd()) {
                in.lineEnd("an empty line"); // tolerated: hand-written files often end with a blank line
                continue;
            }
            if (kind == 'c') {
                in.skip();
                if (in.peek() < '0' || in.peek() > '9') {
                    return; // the comment section: anything may follow
                }
            } else {
                in.skip();
            }
            String[] names = kind == 'i' ? inputName : kind == 'l' ? latchName : kind == 'o' ? outputName : null;
            if (names == null) {
                throw in.error(at, "expected a symbol ('i0 name', 'l0 name', 'o0 name') or 'c' to start the comment"
                        + " section, found " + describe(kind) + (kind == 'b' || kind == 'c' || kind == 'j' || kind == 'f'
                        ? "; this file has no properties or constraints to name" : ""));
            }
            String what = (kind == 'i' ? "input" : kind == 'l' ? "latch" : "output");
            long indexAt = in.mark();
            int index = in.number("the " + what + " number of a symbol");
            if (index >= names.length) {
                throw in.error(indexAt, "symbol for " + what + " " + index + ", but the file has only " + names.length
                        + " " + what + (names.length == 1 ? "" : "s"));
            }
            if (in.peek() != ' ') {
                throw in.error(in.mark(), "expected one space and then the name of " + what + " " + index + ", found "
                        + in.found());
            }
            in.skip();
            long nameAt = in.mark();
            String name = in.restOfLine("the name of " + what + " " + index);
            if (name.isEmpty()) {
                throw in.error(nameAt, "the name of " + what + " " + index + " is empty");
            }
            if (name.startsWith(AigerNetlist.PREFIX)) {
                throw in.error(nameAt, "the name '" + name + "' starts with " + AigerNetlist.PREFIX + ", which tmrkit"
                        + " reserves for the nets it generates for unnamed AIGER literals");
            }
            if (names[index] != null) {
                throw in.error(at, what + " " + index + " is named twice ('" + names[index] + "' and '" + name + "')");
            }
            names[index] = name;
            if (kind == 'o') {
                outputNameAt[index] = at;
            }
        }
    }

    private static String describe(int b) {
        return b == '\n' || b == '\r' ? "an empty line" : b > ' ' && b < 0x7F ? "'" + (char) b + "'" : String.format("the byte 0x%02X", b);
    }
}
