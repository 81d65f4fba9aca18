package dev.tmrkit.circuits.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The netlist file formats tmrkit knows, each by its file extension. Most are read and written; AIGER and
 * Yosys JSON are only read ({@link #canRead()}, {@link #canWrite()}), Verilog is read in its structural subset and
 * behavioural Verilog goes through Yosys ({@code --top}); asking for the
 * missing direction gives a reader or an {@link IllegalArgumentException} that says how to convert instead
 * ({@link dev.tmrkit.circuits.io.files.NetlistFiles#reader}, {@link dev.tmrkit.circuits.io.files.NetlistFiles#writer}).
 */
public enum NetlistFormat {
    /** ISCAS {@code .bench}. */
    BENCH("bench"),
    /** Flat BLIF with {@code .names} covers and {@code .latch}. */
    BLIF("blif"),
    /** ASCII AIGER ({@code aag}); read only. */
    AIGER_ASCII("aag"),
    /** Binary AIGER ({@code aig}); read only. */
    AIGER_BINARY("aig"),
    /** The gate-level JSON that {@code yosys ... write_json} writes; read only. */
    YOSYS_JSON("json"),
    /** Structural Verilog: written, and read in the subset {@link dev.tmrkit.circuits.io.verilog.VerilogReader} describes. */
    VERILOG("v"),
    /** EDIF 2 0 0: written with a generic cell library, read in the subset {@link dev.tmrkit.circuits.io.edif.EdifReader} describes. */
    EDIF("edf");

    private final String extension;

    NetlistFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension without the dot, in lower case. */
    public String extension() {
        return extension;
    }

    /** True when tmrkit reads this format. */
    public boolean canRead() {
        return true;
    }

    /** True when tmrkit writes this format. */
    public boolean canWrite() {
        return this == BENCH || this == BLIF || this == VERILOG || this == EDIF;
    }

    /** The format whose extension ends {@code fileName}, ignoring case. */
    public static Optional<NetlistFormat> fromFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (NetlistFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format of a file, by extension; an {@link IllegalArgumentException} naming the known ones otherwise. */
    public static NetlistFormat of(Path file) {
        Path name = file.getFileName();
        return fromFileName(name == null ? "" : name.toString()).orElseThrow(() -> new IllegalArgumentException(
                "unknown netlist format for '" + file + "': expected a file name ending in " + knownExtensions()));
    }

    private static String knownExtensions() {
        StringBuilder sb = new StringBuilder();
        for (NetlistFormat f : values()) {
            sb.append(sb.length() == 0 ? "" : f.ordinal() == values().length - 1 ? " or " : ", ").append('.').append(f.extension);
        }
        return sb.toString();
    }
}
