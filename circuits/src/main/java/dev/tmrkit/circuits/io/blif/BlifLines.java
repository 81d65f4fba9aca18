package dev.tmrkit.circuits.io.blif;

import dev.tmrkit.circuits.io.SourceLines;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The logical lines of a BLIF text as lists of located tokens: {@code #} comments removed, blank lines
 * skipped, and a line whose last non-blank character is {@code \} joined with the next one (the
 * backslash separates tokens). Each token keeps its own physical line and column.
 */
final class BlifLines {
    /** A blank-separated word and where it starts. */
    record Token(String text, int line, int column) {
    }

    private final SourceLines lines;

    BlifLines(String source, Reader in) {
        this.lines = new SourceLines(source, in);
    }

    /** The tokens of the next non-blank logical line, or null at the end of the text. */
    List<Token> next() throws IOException {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            String raw = lines.next();
            if (raw == null) {
                return tokens.isEmpty() ? null : tokens;
            }
            int end = raw.indexOf('#');
            if (end < 0) {
                end = raw.length();
            }
            int last = end - 1;
            while (last >= 0 && SourceLines.isSpace(raw.charAt(last))) {
                last--;
            }
            boolean continued = last >= 0 && raw.charAt(last) == '\\';
            split(raw, continued ? last : end, tokens);
            if (!continued && !tokens.isEmpty()) {
                return tokens;
            }
        }
    }

    /** The number of the physical line last read: where the text ended, at the end. */
    int lineNumber() {
        return lines.number();
    }

    private void split(String raw, int end, List<Token> tokens) {
        int i = 0;
        while (i < end) {
            while (i < end && SourceLines.isSpace(raw.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < end && !SourceLines.isSpace(raw.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(new Token(raw.substring(start, i), lines.number(), start + 1));
            }
        }
    }
}
