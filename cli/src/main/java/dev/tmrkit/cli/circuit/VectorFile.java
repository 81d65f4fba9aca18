package dev.tmrkit.cli.circuit;

import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.cli.options.UserException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Input vectors, one per line as 0/1 characters in the declared input order (the pattern format of
 * Berkeley ABC's {@code sim -A}). Blank lines and {@code #} comments are skipped; blanks between values
 * are allowed. Reading is bounded: {@link #LINE_LIMIT} bytes a line, {@link #DEFAULT_BIT_LIMIT} bits in all.
 */
public final class VectorFile {
    private VectorFile() {
    }

    /** Longest line read, in bytes, comments included (a larger one is an error, not a memory bomb). */
    public static final int LINE_LIMIT = 1 << 20;
    /** Most input bits (vectors × inputs) read; override with {@code -Dtmrkit.maxVectorBits=N}. */
    public static final long DEFAULT_BIT_LIMIT = 1L << 28;

    /** Reads vectors from a file, refusing a FIFO-like endless source only by the limits above. */
    public static List<boolean[]> read(Path file, int inputs) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, inputs);
        } catch (NoSuchFileException e) {
            throw new UserException("cannot read vectors '" + file + "': no such file");
        }
    }

    /**
     * Reads vectors as bytes: ASCII {@code 0}/{@code 1}, blanks, {@code #} comments; any other byte (a NUL,
     * a malformed UTF-8 sequence, a letter) is an error at its line and column.
     */
    public static List<boolean[]> read(String source, InputStream raw, int inputs) throws IOException {
        long bitLimit = Long.getLong("tmrkit.maxVectorBits", DEFAULT_BIT_LIMIT);
        InputStream in = raw instanceof BufferedInputStream ? raw : new BufferedInputStream(raw, 1 << 16);
        List<boolean[]> vectors = new ArrayList<>();
        boolean[] bits = new boolean[inputs];
        int count = 0;
        int line = 1;
        int column = 0;
        int firstColumn = 0;
        boolean comment = false;
        long total = 0;
        int b;
        while (true) {
            b = in.read();
            if (b == '\n' || b < 0) {
                if (count > 0) {
                    if (count != inputs) {
                        throw new ParseException(source, line, firstColumn, "expected " + inputs
                                + " input values (one per input, in declared order), found " + count);
                    }
                    total += inputs;
                    if (total > bitLimit) {
                        throw new ParseException(source, line, 1, "more than " + bitLimit + " input bits (vectors × inputs); "
                                + "split the file or raise the limit with TMRKIT_JAVA_OPTS=-Dtmrkit.maxVectorBits=N");
                    }
                    vectors.add(bits);
                    bits = new boolean[inputs];
                }
                if (b < 0) {
                    return vectors;
                }
                line++;
                column = 0;
                count = 0;
                comment = false;
                continue;
            }
            column++;
            if (column > LINE_LIMIT) {
                throw new ParseException(source, line, column, "line longer than " + LINE_LIMIT + " bytes");
            }
            if (comment) {
                continue;
            }
            if (b == '#') {
                comment = true;
            } else if (b == ' ' || b == '\t' || b == '\r') {
                continue;
            } else if (b == '0' || b == '1') {
                if (count == 0) {
                    firstColumn = column;
                }
                if (count == inputs) {
                    throw new ParseException(source, line, column, "expected " + inputs
                            + " input values (one per input, in declared order), found more");
                }
                bits[count++] = b == '1';
            } else {
                throw new ParseException(source, line, column, "expected '0' or '1', found " + printable(b));
            }
        }
    }

    private static String printable(int b) {
        return b >= 0x20 && b < 0x7f ? "'" + (char) b + "'" : String.format("byte 0x%02x", b);
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
