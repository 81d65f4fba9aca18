package dev.tmrkit.circuits.io.aiger;

import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.gates.Location;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A cursor over the bytes of an AIGER file: decimal numbers, blanks, line ends, the binary format's
 * variable-length integers and symbol names. It knows where it is in two conventions:
 * <ul>
 *   <li>ASCII {@code .aag}: 1-based line and column, as in every other text format;</li>
 *   <li>binary {@code .aig}: line 1 and column = byte offset + 1, so the column minus one is the 0-based
 *       offset that {@code xxd} or {@code od} shows; every message also says {@code byte N} (0-based).</li>
 * </ul>
 * Positions are packed into a {@code long} ({@link #mark()}) so a reader can remember one per gate cheaply.
 */
final class AigerInput {
    private final String source;
    private final byte[] data;
    private boolean binary;
    private int pos;
    private int line = 1;
    private int lineStart;

    AigerInput(String source, byte[] data) {
        this.source = source;
        this.data = data;
    }

    /** Switches to byte-offset positions, once the header has said {@code aig}. */
    void binary() {
        this.binary = true;
    }

    boolean isBinary() {
        return binary;
    }

    String source() {
        return source;
    }

    boolean atEnd() {
        return pos >= data.length;
    }

    /** The next byte (0..255), or -1 at the end. */
    int peek() {
        return pos < data.length ? data[pos] & 0xFF : -1;
    }

    /** Bytes left from the current position. */
    int remaining() {
        return data.length - pos;
    }

    /** The current position, packed: line in the high half, column in the low half. */
    long mark() {
        return binary ? pack(1, pos + 1) : pack(line, pos - lineStart + 1);
    }

    static long pack(int line, int column) {
        return (long) line << 32 | (column & 0xFFFF_FFFFL);
    }

    static Location location(long mark) {
        return new Location((int) (mark >>> 32), (int) mark);
    }

    /** An unsigned decimal number of at most {@code Integer.MAX_VALUE}. */
    int number(String what) {
        long start = mark();
        if (peek() < '0' || peek() > '9') {
            throw error(start, "expected " + what + " (a decimal number), found " + found());
        }
        long value = 0;
        while (peek() >= '0' && peek() <= '9') {
            value = value * 10 + (data[pos++] - '0');
            if (value > Integer.MAX_VALUE) {
                throw error(start, what + " is too large (more than " + Integer.MAX_VALUE + ")");
            }
        }
        return (int) value;
    }

    /** One or more blanks (the format asks for exactly one space; tabs and runs of spaces are tolerated). */
    void blank(String beforeWhat) {
        if (peek() != ' ' && peek() != '\t') {
            throw error(mark(), "expected a space and then " + beforeWhat + ", found " + found());
        }
        while (peek() == ' ' || peek() == '\t') {
            pos++;
        }
    }

    /** True if only blanks separate the cursor from the line end (or the end of the data). */
    boolean atLineEnd() {
        int p = pos;
        while (p < data.length && (data[p] == ' ' || data[p] == '\t' || data[p] == '\r')) {
            p++;
        }
        return p >= data.length || data[p] == '\n';
    }

    /** Trailing blanks, an optional CR, then LF; the end of the data counts as a line end too. */
    void lineEnd(String after) {
        if (!atLineEnd()) {
            while (peek() == ' ' || peek() == '\t') {
                pos++;
            }
            throw error(mark(), "expected the end of the line after " + after + ", found " + found());
        }
        while (pos < data.length && data[pos] != '\n') {
            pos++;
        }
        if (pos < data.length) {
            pos++;
            line++;
            lineStart = pos;
        }
    }

    /** An unsigned LEB128-style number of the binary AND section: 7 bits per byte, low group first. */
    int varint(String what) {
        long start = mark();
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            if (pos >= data.length) {
                throw error(start, "the file ends inside " + what + "; the binary AND section is truncated");
            }
            int b = data[pos++] & 0xFF;
            value |= (long) (b & 0x7F) << shift;
            if (value > Integer.MAX_VALUE || shift > 28) {
                throw error(start, what + " does not fit in 31 bits; the binary AND section is corrupt");
            }
            if ((b & 0x80) == 0) {
                return (int) value;
            }
        }
    }

    /** The rest of the current line as a UTF-8 string without its line end (CR stripped); consumes the LF. */
    String restOfLine(String what) {
        long start = mark();
        int from = pos;
        while (pos < data.length && data[pos] != '\n') {
            pos++;
        }
        int to = pos > from && data[pos - 1] == '\r' ? pos - 1 : pos;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw error(start, what + " is not valid UTF-8");
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < ' ' && text.charAt(i) != '\t' || text.charAt(i) == '\u007F') {
                throw error(start, what + String.format(" contains the control character U+%04X", (int) text.charAt(i)));
            }
        }
        if (pos < data.length) {
            pos++;
            line++;
            lineStart = pos;
        }
        return text;
    }

    /** Moves one byte on (never past a line end). */
    void skip() {
        pos++;
    }

    /** A description of the next token for messages: a quoted printable run, a line end, a byte, or the end. */
    String found() {
        if (pos >= data.length) {
            return "the end of the file";
        }
        int b = data[pos] & 0xFF;
        if (b == '\n' || b == '\r') {
            return "the end of the line";
        }
        if (b <= ' ' || b >= 0x7F) {
            return String.format("the byte 0x%02X", b);
        }
        int end = pos;
        while (end < data.length && end - pos < 20 && data[end] > ' ' && data[end] < 0x7F) {
            end++;
        }
        return "'" + new String(data, pos, end - pos, StandardCharsets.US_ASCII) + "'";
    }

    /** A parse error at a packed position; in binary files the message names the byte offset. */
    ParseException error(long mark, String reason) {
        Location at = location(mark);
        return new ParseException(source, at.line(), at.column(), binary ? reason + " (byte " + (at.column() - 1) + ")" : reason);
    }
}
