package dev.tmrkit.circuits.io.edif;

import dev.tmrkit.circuits.io.ParseException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * One node of an EDIF text: a list {@code (keyword ...)}, a symbol (identifier or number) or a string, at its
 * 1-based line and column. Strings have their {@code %code%} escapes resolved ({@code %34%} is a quote).
 *
 * @param atom   the symbol or string text; null for a list
 * @param string whether the atom was a quoted string
 * @param items  a list's elements; empty for an atom
 */
record SExpr(String atom, boolean string, List<SExpr> items, int line, int column) {
    /** The deepest nesting read: deeper is a hostile file, not a netlist. */
    static final int DEPTH_LIMIT = 256;
    /** The longest text read, in characters. */
    static final long LIMIT = 1L << 28;

    boolean isList() {
        return atom == null;
    }

    /** A list's keyword in lower case ("" for an empty list or an atom). */
    String keyword() {
        return isList() && !items.isEmpty() && !items.get(0).isList() && !items.get(0).string()
                ? items.get(0).atom().toLowerCase(Locale.ROOT) : "";
    }

    /** The list elements after the keyword. */
    List<SExpr> args() {
        return items.isEmpty() ? items : items.subList(1, items.size());
    }

    /** The elements of this list whose keyword is {@code keyword}. */
    List<SExpr> all(String keyword) {
        List<SExpr> out = new ArrayList<>();
        for (SExpr e : args()) {
            if (e.keyword().equals(keyword)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first element with keyword {@code keyword}, or null. */
    SExpr first(String keyword) {
        for (SExpr e : args()) {
            if (e.keyword().equals(keyword)) {
                return e;
            }
        }
        return null;
    }

    String describe() {
        return isList() ? (keyword().isEmpty() ? "a list" : "(" + items.get(0).atom() + " ...)")
                : string ? "the string \"" + atom + "\"" : "'" + atom + "'";
    }

    /** Parses a whole text, which must be exactly one list. */
    static SExpr parse(String source, Reader in) throws IOException {
        Deque<List<SExpr>> open = new ArrayDeque<>();
        Deque<int[]> starts = new ArrayDeque<>();
        SExpr root = null;
        int line = 1;
        int column = 0;
        long read = 0;
        int c = in.read();
        while (c >= 0) {
            column++;
            if (++read > LIMIT) {
                throw new ParseException(source, line, column, "the EDIF text is longer than " + LIMIT + " characters");
            }
            if (c == '\n') {
                line++;
                column = 0;
                c = in.read();
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                c = in.read();
                continue;
            }
            if (c < ' ' || c == 0x7F || c == 0xFFFD) {
                throw new ParseException(source, line, column, String.format("unexpected character U+%04X; expected an EDIF"
                        + " text (is this a binary file, or not UTF-8?)", c));
            }
            if (root != null) {
                throw new ParseException(source, line, column, "text after the end of the (edif ...) list");
            }
            if (c == '(') {
                if (open.size() >= DEPTH_LIMIT) {
                    throw new ParseException(source, line, column, "lists nested more than " + DEPTH_LIMIT + " deep");
                }
                open.push(new ArrayList<>());
                starts.push(new int[] {line, column});
                c = in.read();
            } else if (c == ')') {
                if (open.isEmpty()) {
                    throw new ParseException(source, line, column, "')' without a matching '('");
                }
                int[] at = starts.pop();
                SExpr list = new SExpr(null, false, List.copyOf(open.pop()), at[0], at[1]);
                if (open.isEmpty()) {
                    root = list;
                } else {
                    open.peek().add(list);
                }
                c = in.read();
            } else {
                if (open.isEmpty()) {
                    throw new ParseException(source, line, column, "expected '(' to open the (edif ...) list, found '"
                            + (char) c + "'");
                }
                int startLine = line;
                int startColumn = column;
                StringBuilder sb = new StringBuilder();
                boolean string = c == '"';
                if (string) {
                    while (true) {
                        c = in.read();
                        column++;
                        read++;
                        if (c < 0 || c == '\n') {
                            throw new ParseException(source, startLine, startColumn, "unterminated string: no closing '\"'"
                                    + " on its line");
                        }
                        if (c == '"') {
                            break;
                        }
                        if (c == '%') {
                            c = escape(source, in, line, column, sb);
                            column += c;
                            read += c;
                            continue;
                        }
                        if (c < ' ' && c != '\t' || c == 0x7F || c == 0xFFFD) {
                            throw new ParseException(source, line, column, String.format("unexpected character U+%04X in a"
                                    + " string", c));
                        }
                        sb.append((char) c);
                    }
                    c = in.read();
                } else {
                    while (c >= 0 && c > ' ' && c != '(' && c != ')' && c != '"') {
                        sb.append((char) c);
                        c = in.read();
                        column++;
                        read++;
                    }
                    column--;
                    read--;
                }
                open.peek().add(new SExpr(sb.toString(), string, List.of(), startLine, startColumn));
            }
        }
        if (!open.isEmpty()) {
            int[] at = starts.peek();
            throw new ParseException(source, at[0], at[1], "the text ends inside this list: " + open.size()
                    + " ')' missing");
        }
        if (root == null) {
            throw new ParseException(source, line, Math.max(1, column), "no EDIF text: expected (edif NAME ...)");
        }
        return root;
    }

    /** After a '%' in a string: the decimal codes up to the next '%', each a character; returns the characters read. */
    private static int escape(String source, Reader in, int line, int column, StringBuilder sb) throws IOException {
        int consumed = 0;
        StringBuilder digits = new StringBuilder();
        while (true) {
            int c = in.read();
            consumed++;
            if (c == '%') {
                break;
            }
            if (c < 0 || !(c >= '0' && c <= '9' || c == ' ') || consumed > 64) {
                throw new ParseException(source, line, column, "a '%' in a string starts character codes (%34% is a quote)"
                        + " and needs decimal digits and a closing '%'");
            }
            digits.append((char) c);
        }
        for (String code : digits.toString().trim().split(" +")) {
            if (code.isEmpty()) {
                throw new ParseException(source, line, column, "'%%' is no character code; write %37% for a percent sign");
            }
            int cp = code.length() > 7 ? -1 : Integer.parseInt(code);
            if (cp < 0 || cp > Character.MAX_CODE_POINT || cp < ' ' && cp != '\t') {
                throw new ParseException(source, line, column, "character code %" + code + "% is not a printable character");
            }
            sb.appendCodePoint(cp);
        }
        return consumed;
    }
}
