package dev.tmrkit.circuits.io.aiger;

import dev.tmrkit.circuits.io.NetlistAssembly;
import dev.tmrkit.circuits.io.NetlistReader;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Reads AIGER and-inverter graphs, ASCII ({@code aag}) and binary ({@code aig}), whichever the header says,
 * whatever the file is called. Inputs, latches (as DFFs), outputs and AND gates are read as described in
 * {@link AigerNetlist} (naming, inverters, constants, latch resets); the symbol table names inputs, latches
 * and outputs, and the comment section is skipped. The AND gates of the netlist are exactly the AIGER file's
 * AND gates, so {@code stats().gateTypes().get(AND)} equals the header's {@code A}.
 *
 * <p>Errors are {@link ParseException}s. In an ASCII file they carry line and column as usual. A binary file is
 * not made of lines, so there the line is always 1 and the column is the byte offset plus one; the message
 * also names the byte ({@code byte 1234}, counted from 0, as {@code xxd} shows it).
 *
 * <p>Binary data must be read as bytes ({@link #read(String, InputStream)}, or a file); through a
 * {@link Reader} only ASCII AIGER works (a binary file's bytes do not survive decoding as text).
 */
public final class AigerReader implements NetlistReader {
    private final boolean undrivenAsInputs;

    /** A strict reader: every literal read must be defined. */
    public AigerReader() {
        this(false);
    }

    private AigerReader(boolean undrivenAsInputs) {
        this.undrivenAsInputs = undrivenAsInputs;
    }

    /** With {@code yes}, variables that are read but never defined become inputs named {@code $aig$<literal>}. */
    @Override
    public AigerReader withUndrivenAsInputs(boolean yes) {
        return new AigerReader(yes);
    }

    @Override
    public Netlist read(String source, InputStream in) throws IOException {
        return parse(source, in.readAllBytes());
    }

    @Override
    public Netlist read(String source, Reader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            text.append(buffer, 0, n);
        }
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                throw new ParseException(source, 1, 1, String.format("character U+%04X at offset %d: a binary AIGER file"
                        + " must be read as bytes (from a file or an InputStream), not as decoded text", (int) c, i));
            }
            bytes[i] = (byte) c;
        }
        return parse(source, bytes);
    }

    /** Reads AIGER held in memory as bytes. */
    public Netlist parse(String source, byte[] data) {
        AigerInput input = new AigerInput(source, data);
        AigerParser aig = new AigerParser(input);
        aig.parse();
        NetlistAssembly netlist = new NetlistAssembly(source, NetlistAssembly.stem(source), undrivenAsInputs);
        return new AigerNetlist(aig, input, netlist, undrivenAsInputs).build();
    }
}
