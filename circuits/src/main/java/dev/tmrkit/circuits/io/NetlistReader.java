package dev.tmrkit.circuits.io;

import dev.tmrkit.gates.Netlist;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one netlist format into a validated {@link Netlist}. Readers are immutable values; options
 * return a new reader. Every syntax or structural defect is reported as a {@link ParseException}
 * located in the source text. Text is decoded as UTF-8; bytes that are not UTF-8 (or control
 * characters other than tab) are reported as not being a text netlist. Binary formats (AIGER {@code .aig})
 * override {@link #read(String, InputStream)} to see the bytes themselves.
 */
public interface NetlistReader {
    /** Reads the whole text from {@code in}; {@code source} names it in error messages. */
    Netlist read(String source, Reader in) throws IOException;

    /**
     * A reader that treats nets which are read but never driven as floating primary inputs (appended
     * after the declared inputs, in order of first use) instead of reporting them. ISCAS-89 s400 needs this.
     */
    NetlistReader withUndrivenAsInputs(boolean yes);

    /**
     * Reads the bytes of {@code in} (not closed); {@code source} names them in error messages. Text formats
     * decode them as UTF-8 and read them as {@link #read(String, Reader) text}.
     */
    default Netlist read(String source, InputStream in) throws IOException {
        // InputStreamReader replaces malformed UTF-8 with U+FFFD, which the reader then locates and rejects.
        return read(source, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
    }

    /**
     * Reads a file; error messages name it as the path was given. At most {@link BoundedInput#limit()}
     * bytes are read: a larger (or endless) file is a {@link ParseException}.
     */
    default Netlist read(Path file) throws IOException {
        try (InputStream in = new BoundedInput(file.toString(), Files.newInputStream(file), BoundedInput.limit())) {
            return read(file.toString(), in);
        }
    }

    /**
     * A reader that requires the flip-flops' clock to be the net {@code name} and fails, at the first flip-flop,
     * when it is not; null asks for nothing. Formats whose flip-flops have no clock pin (.bench, AIGER) refuse a name.
     */
    default NetlistReader withClock(String name) {
        if (name == null) {
            return this;
        }
        throw new IllegalArgumentException("--clock " + name + ": this format has no clock net (its flip-flops' clock is"
                + " implicit); --clock applies to BLIF, Yosys JSON and Verilog");
    }

    /** Reads the text with the name of the clock input it dropped, if any (see {@link ClockedNetlist}). */
    default ClockedNetlist readClocked(String source, Reader in) throws IOException {
        return new ClockedNetlist(read(source, in), java.util.Optional.empty());
    }

    /** Reads a file, as {@link #read(Path)}, with the name of the clock input it dropped, if any. */
    default ClockedNetlist readClocked(Path file) throws IOException {
        return new ClockedNetlist(read(file), java.util.Optional.empty());
    }

    /** {@link #readClocked(Path)} for a text format: the file decoded as UTF-8, at most {@link BoundedInput#limit()} bytes. */
    static ClockedNetlist readClockedText(NetlistReader reader, Path file) throws IOException {
        try (InputStream in = new BoundedInput(file.toString(), Files.newInputStream(file), BoundedInput.limit())) {
            return reader.readClocked(file.toString(), new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
        }
    }

    /** Parses text held in memory. */
    default Netlist parse(String source, String text) {
        try {
            return read(source, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /** Parses text held in memory, named {@code "<string>"} in error messages. */
    default Netlist parse(String text) {
        return parse("<string>", text);
    }
}
