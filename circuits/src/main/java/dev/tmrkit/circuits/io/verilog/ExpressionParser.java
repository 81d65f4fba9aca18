package dev.tmrkit.circuits.io.verilog;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parses Verilog expressions of the structural subset (bitwise, conditional, concatenation, numbers) into {@link Ast.Expr}s. */
abstract class ExpressionParser extends TokenStream {
    ExpressionParser(String source, List<Token> tokens) {
        super(source, tokens);
    }

    // ---- expressions ----------------------------------------------------------------------------------------------

    private static final String[][] LEVELS = {{"||"}, {"&&"}, {"|"}, {"^", "~^", "^~"}, {"&"}};
    private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "%", "<", ">", "==", "!=");


    Ast.Expr expression() {
        enter(peek(), "expressions");
        try {
            return conditional();
        } finally {
            depth--;
        }
    }

    Ast.Expr conditional() {
        Ast.Expr condition = binary(0);
        if (peek().is("?")) {
            Token q = take();
            Ast.Expr then = expression();
            expect(":", "in the conditional ?:");
            Ast.Expr otherwise = expression();
            return new Ast.Ternary(q, condition, then, otherwise);
        }
        return condition;
    }

    Ast.Expr binary(int level) {
        if (level == LEVELS.length) {
            Ast.Expr e = unary();
            Token t = peek();
            if (e instanceof Ast.Number && t.is(">") && peek(1).is(">") && peek(1).line() == t.line()
                    && peek(1).column() == t.column() + 1) {
                take();
                take();
                e = new Ast.Binary(t, ">>", e, unary()); // a constant shifted by a signal: Yosys's $lut
            }
            refuseArithmetic();
            return e;
        }
        Ast.Expr left = binary(level + 1);
        while (true) {
            Token t = peek();
            String op = null;
            for (String s : LEVELS[level]) {
                if (t.is(s)) {
                    op = s;
                }
            }
            if (op == null) {
                return left;
            }
            take();
            left = new Ast.Binary(t, op.equals("^~") ? "~^" : op, left, binary(level + 1));
        }
    }

    void refuseArithmetic() {
        Token t = peek();
        if (t.kind() == Token.Kind.SYMBOL && ARITHMETIC.contains(t.text()) || t.is("<") && peek(1).is("<")) {
            throw behavioural(t, "the operator '" + t.text() + "'");
        }
    }

    Ast.Expr unary() {
        Token t = peek();
        for (String op : new String[] {"~&", "~|", "~^", "~", "!", "&", "|", "^"}) {
            if (t.is(op)) {
                take();
                enter(t, "unary operators");
                try {
                    return new Ast.Unary(t, op, unary());
                } finally {
                    depth--;
                }
            }
        }
        if (t.is("-") || t.is("+")) {
            throw behavioural(t, "the operator '" + t.text() + "'");
        }
        return primary();
    }

    Ast.Expr primary() {
        Token t = peek();
        if (accept("(")) {
            Ast.Expr e = expression();
            expect(")", "to close the parenthesis");
            return e;
        }
        if (accept("{")) {
            List<Ast.Expr> parts = new ArrayList<>();
            do {
                Ast.Expr part = expression();
                if (peek().is("{")) {
                    throw behavioural(peek(), "a replication {n{...}}");
                }
                parts.add(part);
            } while (accept(","));
            expect("}", "to close the concatenation");
            return new Ast.Concat(t, parts);
        }
        if (t.kind() == Token.Kind.NUMBER) {
            take();
            return number(t);
        }
        if (t.isName() && !isKeyword(t)) {
            take();
            if (peek().is("(")) {
                throw behavioural(t, "a function call");
            }
            if (accept("[")) {
                int msb = integer();
                if (accept(":")) {
                    int lsb = integer();
                    expect("]", "to close the part select");
                    return new Ast.Ref(t, t.text(), Ast.Ref.Part.RANGE, msb, lsb);
                }
                if (peek().is("+:") || peek().is("+") || peek().is("-")) {
                    throw behavioural(peek(), "an indexed part select");
                }
                expect("]", "to close the bit select");
                return new Ast.Ref(t, t.text(), Ast.Ref.Part.BIT, msb, msb);
            }
            return new Ast.Ref(t, t.text(), Ast.Ref.Part.WHOLE, 0, 0);
        }
        refuseKeyword(t);
        throw fail(t, "expected an expression, found " + t.describe());
    }

    /** A number token: {@code 12}, {@code 4'b1010}, {@code 1'h0}; x and z digits are refused. */
    Ast.Number number(Token t) {
        String text = t.text();
        int quote = text.indexOf('\'');
        if (quote < 0) {
            BigInteger v = new BigInteger(text);
            return new Ast.Number(t, bits(v, Math.max(1, v.bitLength())), false);
        }
        char base = text.charAt(quote + 1);
        String digits = text.substring(quote + 2);
        if (digits.matches(".*[xz?].*")) {
            throw fail(t, "the number " + text + " has x or z digits; tmrkit models two-valued logic");
        }
        int radix = base == 'b' ? 2 : base == 'o' ? 8 : base == 'd' ? 10 : 16;
        BigInteger v;
        try {
            v = new BigInteger(digits, radix);
        } catch (NumberFormatException e) {
            throw fail(t, "the number " + text + " has a digit that is not base " + radix);
        }
        if (quote == 0) {
            return new Ast.Number(t, bits(v, Math.max(1, v.bitLength())), false);
        }
        int width = Integer.parseInt(text.substring(0, quote));
        if (width < 1 || width > 1 << 16) {
            throw fail(t, "the width of " + text + " must be between 1 and 65536");
        }
        return new Ast.Number(t, bits(v, width), true);
    }

    static boolean[] bits(BigInteger v, int width) {
        boolean[] bits = new boolean[width];
        for (int k = 0; k < width; k++) {
            bits[k] = v.testBit(k);
        }
        return bits;
    }
}
