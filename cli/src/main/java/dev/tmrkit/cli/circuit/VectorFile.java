package dev.tmrkit.cli.circuit;

import dev.tmrkit.circuits.io.ParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Input vectors, one per line as 0/1 characters in the declared input order (the pattern format of
 * Berkeley ABC's {@code sim -A}). Blank lines and {@code #} comments are skipped.
 */
public final class VectorFile {
    private VectorFile() {
    }

    static List<boolean[]> read(String source, BufferedReader in, int inputs) throws IOException {
        List<boolean[]> vectors = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            int hash = line.indexOf('#');
            String body = hash >= 0 ? line.substring(0, hash) : line;
            int start = 0;
            while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
                start++;
            }
            String v = body.strip();
            if (v.isEmpty()) {
                continue;
            }
            boolean[] bits = new boolean[v.length()];
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c != '0' && c != '1') {
                    throw new ParseException(source, lineNo, start + i + 1,
                            "expected '0' or '1', found '" + printable(c) + "'");
                }
                bits[i] = c == '1';
            }
            if (bits.length != inputs) {
                throw new ParseException(source, lineNo, start + 1, "expected " + inputs
                        + " input values (one per input, in declared order), found " + bits.length);
            }
            vectors.add(bits);
        }
        return vectors;
    }

    private static String printable(char c) {
        return c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    /** A vector as a string of 0s and 1s, in the file's own notation. */
    public static String bits(boolean[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        for (boolean x : b) {
            sb.append(x ? '1' : '0');
        }
        return sb.toString();
    }
}
