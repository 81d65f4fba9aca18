package dev.tmrkit.circuits.io;

import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes a {@link Netlist} in one format, such that the matching {@link NetlistReader} reads back a netlist
 * equal to it. A netlist the format cannot express (a net name with characters the format reserves, a gate
 * too wide to write) is rejected with an {@link IllegalArgumentException} before anything is written.
 */
public interface NetlistWriter {
    /** Writes the netlist to {@code out}; does not close it. */
    void write(Netlist netlist, Writer out) throws IOException;

    /** The netlist as text. */
    default String write(Netlist netlist) {
        StringWriter out = new StringWriter();
        try {
            write(netlist, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
