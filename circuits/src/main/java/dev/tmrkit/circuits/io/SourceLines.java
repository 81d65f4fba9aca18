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
final class SourceLines {
    private final String source;
    private final BufferedReader in;
    private int number;

    SourceLines(String source, Reader in) {
        this.source = source;
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
    }

    /** The next line without its terminator, or null at the end of the text. */
    String next() throws IOException {
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        number++;
        if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line = line.substring(1);
        }
        checkText(line);
        return line;
    }

    /** The number of the line last returned. */
    int number() {
        return number;
    }

    private void checkText(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c < ' ' && !isSpace(c)) || c == '\u007F' || c == '\uFFFD') {
                throw new ParseException(source, number, i + 1, String.format(
                        "unexpected character U+%04X; expected a text netlist (is this a binary file, or not UTF-8?)", (int) c));
            }
        }
    }

    /** Blank characters that separate tokens. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B';
    }
}
