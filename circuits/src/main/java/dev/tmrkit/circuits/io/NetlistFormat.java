package dev.tmrkit.circuits.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The netlist file formats tmrkit reads and writes, each known by its file extension. */
public enum NetlistFormat {
    /** ISCAS {@code .bench}. */
    BENCH("bench"),
    /** Flat BLIF with {@code .names} covers and {@code .latch}. */
    BLIF("blif");

    private final String extension;

    NetlistFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension without the dot, in lower case. */
    public String extension() {
        return extension;
    }

    /** A strict reader for this format. */
    public NetlistReader reader() {
        return this == BENCH ? new BenchReader() : new BlifReader();
    }

    public NetlistWriter writer() {
        return this == BENCH ? new BenchWriter() : new BlifWriter();
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
