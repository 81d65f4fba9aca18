package dev.tmrkit.circuits.io.verilog;

import dev.tmrkit.circuits.io.ParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Verilog text into {@link Token}s: identifiers (simple and escaped), numbers ({@code 12}, {@code 4'b10_10},
 * {@code 1'h0}), and symbols; skips blanks, {@code //} and {@code /* *}{@code /} comments, attribute instances
 * {@code (* ... *)} (their text goes with the next token, {@link Token#attributes()}) and compiler directives
 * ({@code `timescale ...} to the end of the line). Control characters and non-ASCII outside comments are errors at
 * their position.
 */
final class VerilogLexer {
    private static final String[] SYMBOLS = {"<=", "==", "!=", "~&", "~|", "~^", "^~", "&&", "||", "(", ")", "[", "]",
        "{", "}", ",", ";", ":", "=", ".", "#", "@", "~", "&", "|", "^", "!", "?", "+", "-", "*", "/", "%", "<", ">"};

    private final String source;
    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;
    /** The attribute instances read since the last token. */
    private final StringBuilder attributes = new StringBuilder();

    private VerilogLexer(String source, String text) {
        this.source = source;
        this.text = text;
    }

    static List<Token> tokens(String source, String text) {
        return new VerilogLexer(source, text).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        if (text.startsWith("\uFEFF")) {
            pos = 1;
            lineStart = 1;
        }
        while (true) {
            skipBlanks();
            if (pos >= text.length()) {
                tokens.add(new Token(Token.Kind.END, "", line, column()));
                return tokens;
            }
            Token t = next();
            if (attributes.length() > 0) {
                t = new Token(t.kind(), t.text(), t.line(), t.column(), attributes.toString());
                attributes.setLength(0);
            }
            tokens.add(t);
        }
    }

    private int column() {
        return pos - lineStart + 1;
    }

    private ParseException error(String reason) {
        return new ParseException(source, line, column(), reason);
    }

    private void newline() {
        line++;
        lineStart = pos;
    }

    private void skipBlanks() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                pos++;
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                newline();
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\u000B') {
                pos++;
            } else if (text.startsWith("//", pos) || c == '`') {
                while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (text.startsWith("/*", pos)) {
                skipUntil("*/", "comment");
            } else if (text.startsWith("(*", pos) && !text.startsWith("(*)", pos)) {
                int start = pos + 2;
                skipUntil("*)", "attribute");
                attributes.append(attributes.length() > 0 ? "," : "").append(text, start, pos - 2);
            } else {
                return;
            }
        }
    }

    private void skipUntil(String end, String what) {
        int startLine = line;
        int startColumn = column();
        pos += 2;
        while (pos < text.length() && !text.startsWith(end, pos)) {
            char c = text.charAt(pos++);
            if (c == '\n' || c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n')) {
                newline();
            }
        }
        if (pos >= text.length()) {
            throw new ParseException(source, startLine, startColumn, "unterminated " + what + ": no '" + end + "' follows");
        }
        pos += 2;
    }

    private Token next() {
        int l = line;
        int col = column();
        char c = text.charAt(pos);
        if (c == '\\') {
            int start = ++pos;
            while (pos < text.length() && text.charAt(pos) > ' ' && text.charAt(pos) < 0x7F) {
                pos++;
            }
            if (pos == start) {
                throw new ParseException(source, l, col, "a backslash must start an escaped identifier");
            }
            return new Token(Token.Kind.ESCAPED, text.substring(start, pos), l, col);
        }
        if (Character.isLetter(c) && c < 0x80 || c == '_' || c == '$') {
            int start = pos;
            while (pos < text.length() && isIdentifierPart(text.charAt(pos))) {
                pos++;
            }
            return new Token(Token.Kind.IDENTIFIER, text.substring(start, pos), l, col);
        }
        if (c >= '0' && c <= '9' || c == '\'') {
            return number(l, col);
        }
        for (String s : SYMBOLS) {
            if (text.startsWith(s, pos)) {
                pos += s.length();
                return new Token(Token.Kind.SYMBOL, s, l, col);
            }
        }
        throw error("unexpected character " + describe(c) + " in Verilog");
    }

    private static String describe(char c) {
        return c < ' ' || c >= 0x7F ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }

    private static boolean isIdentifierPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$';
    }

    /** {@code 12}, {@code 4'b1010}, {@code 'h0}, {@code 8'sd3}, with blanks allowed around the base. */
    private Token number(int l, int col) {
        StringBuilder sb = new StringBuilder();
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            sb.append(text.charAt(pos) == '_' ? "" : text.charAt(pos));
            pos++;
        }
        int save = pos;
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '\'') {
            sb.append('\'');
            pos++;
            if (pos < text.length() && (text.charAt(pos) == 's' || text.charAt(pos) == 'S')) {
                pos++;
            }
            if (pos >= text.length() || "bBoOdDhH".indexOf(text.charAt(pos)) < 0) {
                throw error("expected a base b, o, d or h after the apostrophe of a number");
            }
            sb.append(Character.toLowerCase(text.charAt(pos++)));
            while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                pos++;
            }
            int digits = sb.length();
            while (pos < text.length() && (isIdentifierPart(text.charAt(pos)) || text.charAt(pos) == '?')) {
                sb.append(text.charAt(pos) == '_' ? "" : Character.toLowerCase(text.charAt(pos)));
                pos++;
            }
            if (sb.length() == digits) {
                throw error("expected the digits of a number");
            }
        } else {
            pos = save;
        }
        return new Token(Token.Kind.NUMBER, sb.toString(), l, col);
    }
}
