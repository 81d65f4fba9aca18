package dev.tmrkit.circuits.io.bench;

import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.circuits.io.SourceLines;
import java.util.ArrayList;
import java.util.List;

/**
 * A cursor over one line of a {@code .bench} file: skips blanks, reads net-name tokens and argument lists,
 * and builds located errors that say what was found. Reused from line to line; allocation-free apart from
 * the tokens it returns.
 */
final class BenchLine {
    private final String source;
    private String text = "";
    private int number;
    private int pos;
    /** Names and 1-based columns of the last argument list read. */
    private final List<String> argNames = new ArrayList<>();
    private int[] argColumns = new int[8];

    BenchLine(String source) {
        this.source = source;
    }

    void reset(String line, int lineNumber) {
        text = line;
        number = lineNumber;
        pos = 0;
    }

    int number() {
        return number;
    }

    /** 1-based column of the cursor. */
    int column() {
        return pos + 1;
    }

    /** True when the cursor is at the end of the line or at a {@code #} comment. */
    boolean atEnd() {
        return pos >= text.length() || text.charAt(pos) == '#';
    }

    /** The character under the cursor, or 0 at the end of the line. */
    char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    void advance() {
        pos++;
    }

    void skipSpace() {
        while (pos < text.length() && SourceLines.isSpace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Any run of characters other than blanks and {@code ( ) , = #}; empty when none is under the cursor. */
    String name() {
        int start = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    static boolean isNameChar(char c) {
        return !(SourceLines.isSpace(c) || c == '(' || c == ')' || c == ',' || c == '=' || c == '#');
    }

    /** What is under the cursor, for "found ..." in messages. */
    String found() {
        if (pos >= text.length()) {
            return "end of line";
        }
        char c = text.charAt(pos);
        if (c == '#') {
            return "a '#' comment";
        }
        if (!isNameChar(c)) {
            return "'" + c + "'";
        }
        int end = pos;
        while (end < text.length() && isNameChar(text.charAt(end))) {
            end++;
        }
        return "'" + text.substring(pos, end) + "'";
    }

    ParseException error(int column, String reason) {
        return new ParseException(source, number, column, reason);
    }

    /**
     * Reads {@code (name, name, ...)} starting at the {@code (} under the cursor, allowing blanks anywhere and
     * an empty list; returns how many names it read (see {@link #argName} and {@link #argColumn}).
     * {@code what} names the construct in messages, e.g. {@code "AND(...)"}.
     */
    int arguments(String what) {
        argNames.clear();
        advance();
        skipSpace();
        if (peek() == ')') {
            advance();
            return 0;
        }
        while (true) {
            int col = column();
            String name = name();
            if (name.isEmpty()) {
                if (atEnd()) {
                    throw error(col, "missing ')': the argument list of " + what + " is not closed, found " + found());
                }
                throw error(col, "expected a net name in the argument list of " + what + ", found " + found()
                        + (peek() == ',' || peek() == ')' ? " (empty net name)" : ""));
            }
            if (argNames.size() == argColumns.length) {
                argColumns = java.util.Arrays.copyOf(argColumns, argColumns.length * 2);
            }
            argColumns[argNames.size()] = col;
            argNames.add(name);
            skipSpace();
            char c = peek();
            if (c == ')') {
                advance();
                return argNames.size();
            }
            if (c == ',') {
                advance();
                skipSpace();
                continue;
            }
            if (atEnd()) {
                throw error(column(), "missing ')': expected ',' or ')' after '" + name + "' in " + what + ", found " + found());
            }
            throw error(column(), "expected ',' or ')' after '" + name + "' in " + what + ", found " + found());
        }
    }

    String argName(int i) {
        return argNames.get(i);
    }

    int argColumn(int i) {
        return argColumns[i];
    }
}
