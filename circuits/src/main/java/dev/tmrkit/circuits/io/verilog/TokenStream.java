package dev.tmrkit.circuits.io.verilog;

import dev.tmrkit.circuits.io.ParseException;
import java.util.List;
import java.util.Set;

/**
 * The tokens of one Verilog text as a stream the parsers walk: look ahead, take, expect, and fail at a token's
 * position; keywords outside the structural subset are refused here, behavioural ones as {@link NotStructural}.
 */
abstract class TokenStream {
    /** Keywords that start behavioural constructs. */
    private static final Set<String> BEHAVIOURAL = Set.of("initial", "integer", "parameter", "localparam", "function",
            "task", "generate", "genvar", "case", "casez", "casex", "for", "while", "repeat", "forever", "real", "time",
            "defparam", "specify", "event", "wait", "fork", "always_comb", "always_ff", "always_latch", "logic");
    /** Keywords of constructs outside the subset that are not behavioural either. */
    private static final Set<String> UNSUPPORTED = Set.of("inout", "tri", "wand", "wor", "supply0", "supply1", "trireg",
            "bufif0", "bufif1", "notif0", "notif1", "pullup", "pulldown", "primitive", "interface", "package", "class",
            "macromodule", "config", "table");
    static final Set<String> PRIMITIVES = Set.of("and", "or", "nand", "nor", "xor", "xnor", "not", "buf");

    /** Expressions and statements nest at most this deep (a deeper text is an error, not a stack overflow). */
    static final int DEPTH_LIMIT = 100;
    /** The widest wire read. */
    static final int WIDTH_LIMIT = 1 << 16;

    final String source;
    private final List<Token> tokens;
    private int pos;
    /** How deep expressions and statements nest now. */
    int depth;

    TokenStream(String source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token take() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.END) {
            pos++;
        }
        return t;
    }

    boolean accept(String symbol) {
        if (peek().is(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    Token expect(String symbol, String what) {
        Token t = peek();
        if (!t.is(symbol)) {
            throw fail(t, "expected '" + symbol + "' " + what + ", found " + t.describe());
        }
        return take();
    }

    Token name(String what) {
        Token t = peek();
        if (!t.isName()) {
            throw fail(t, "expected " + what + ", found " + t.describe());
        }
        return take();
    }

    ParseException fail(Token t, String reason) {
        return new ParseException(source, t.line(), t.column(), reason);
    }

    NotStructural behavioural(Token t, String construct) {
        return new NotStructural(source, t.line(), t.column(), construct);
    }

    /** Fails on keywords outside the subset, telling behavioural constructs from others. */
    void refuseKeyword(Token t) {
        if (t.kind() != Token.Kind.IDENTIFIER) {
            return;
        }
        if (BEHAVIOURAL.contains(t.text())) {
            throw behavioural(t, "'" + t.text() + "'");
        }
        if (UNSUPPORTED.contains(t.text())) {
            throw fail(t, "'" + t.text() + "' is not supported: tmrkit reads two-valued logic with input and output"
                    + " ports, wires, regs, assign, gate primitives, module instances and always @(posedge clk) flip-flops");
        }
    }

    void enter(Token t, String what) {
        if (++depth > DEPTH_LIMIT) {
            throw fail(t, what + " nested more than " + DEPTH_LIMIT + " deep");
        }
    }

    boolean isKeyword(Token t) {
        return t.kind() == Token.Kind.IDENTIFIER && (BEHAVIOURAL.contains(t.text()) || UNSUPPORTED.contains(t.text())
                || Set.of("module", "endmodule", "begin", "end", "if", "else", "posedge", "negedge", "signed").contains(t.text()));
    }

    int integer() {
        Token t = peek();
        if (t.kind() != Token.Kind.NUMBER || !t.text().matches("\\d{1,9}")) {
            if (t.is("-") || t.is("+") || t.isName()) {
                throw behavioural(t, "an index expression");
            }
            throw fail(t, "expected a decimal index, found " + t.describe());
        }
        take();
        return Integer.parseInt(t.text());
    }

    /** The token taken last. */
    Token previous() {
        return tokens.get(Math.max(0, pos - 1));
    }
}
