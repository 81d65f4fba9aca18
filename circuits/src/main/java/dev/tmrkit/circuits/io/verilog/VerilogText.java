package dev.tmrkit.circuits.io.verilog;

import dev.tmrkit.circuits.io.ParseException;
import java.io.IOException;
import java.io.Reader;

/**
 * The whole text of a Verilog file, read with two guards: a character that no text file holds (NUL and the other
 * control characters but tab, line and page breaks; U+FFFD, what undecodable bytes become) fails at its line and
 * column as soon as it arrives, and a text longer than {@value #LIMIT} characters fails instead of filling memory.
 */
final class VerilogText {
    /** The longest Verilog text read, in characters. */
    static final int LIMIT = 1 << 26;

    private VerilogText() {
    }

    static String read(String source, Reader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1 << 14];
        int line = 1;
        int column = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            for (int k = 0; k < n; k++) {
                char c = buffer[k];
                column++;
                if (c == '\n') {
                    line++;
                    column = 0;
                } else if (c < ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\u000B' || c == '\uFFFD' || c == 0x7F) {
                    throw new ParseException(source, line, column, String.format("unexpected character U+%04X; expected a"
                            + " Verilog text (is this a binary file, or not UTF-8?)", (int) c));
                }
            }
            if (text.length() + n > LIMIT) {
                throw new ParseException(source, line, column, "the Verilog text is longer than " + LIMIT + " characters");
            }
            text.append(buffer, 0, n);
        }
        return text.toString();
    }
}
