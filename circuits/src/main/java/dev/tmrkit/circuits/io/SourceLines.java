package dev.tmrkit.circuits.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The physical lines of a source text, numbered from 1. Accepts LF, CRLF and CR line ends, a missing
 * final line end and a leading byte-order mark; rejects, with their position, control characters other
 * than tab, form feed and vertical tab, and U+FFFD (what undecodable bytes turn into), so binary data
 * fails on its first bad character instead of somewhere later.
 */
public final class SourceLines {
    private final String source;
    private final BufferedReader in;
    private int number;

    public SourceLines(String source, Reader in) {
        this.source = source;
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
    }

    /** The longest line read, in characters: a longer one is an error, not a memory bomb. */
    public static final int LINE_LIMIT = 1 << 24;

    private final StringBuilder buffer = new StringBuilder();
    private boolean ended;

    /**
     * The next line without its terminator, or null at the end of the text. Characters are checked as they
     * arrive, so binary data fails at its first bad character even in a line without end.
     */
    public String next() throws IOException {
        if (ended) {
            return null;
        }
        buffer.setLength(0);
        int c;
        while ((c = in.read()) >= 0 && c != '\n' && c != '\r') {
            if (buffer.length() == LINE_LIMIT) {
                throw new ParseException(source, number + 1, LINE_LIMIT + 1, "line longer than " + LINE_LIMIT + " characters");
            }
            buffer.append((char) c);
            if (!(number == 0 && buffer.length() == 1 && c == '\uFEFF')) {
                check((char) c, number + 1, buffer.length());
            }
        }
        if (c < 0) {
            ended = true;
            if (buffer.length() == 0) {
                return null;
            }
        } else if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
                in.reset();
            }
        }
        number++;
        String line = buffer.toString();
        if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line = line.substring(1);
        }
        return line;
    }

    /** The number of the line last returned. */
    public int number() {
        return number;
    }

    private void check(char c, int line, int column) {
        if (UnsafeCharacters.unsafe(c) && !isSpace(c)) {
            throw new ParseException(source, line, column, "unexpected character " + UnsafeCharacters.describe(c)
                    + (c >= 0x202a ? " (a bidirectional text control)" : "")
                    + "; expected a text netlist (is this a binary file, or not UTF-8?)");
        }
    }

    /** Blank characters that separate tokens. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B';
    }
}
