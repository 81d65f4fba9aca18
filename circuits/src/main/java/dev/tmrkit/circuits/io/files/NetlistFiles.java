package dev.tmrkit.circuits.io.files;

import dev.tmrkit.circuits.io.ClockedNetlist;
import dev.tmrkit.circuits.io.NetlistFormat;
import dev.tmrkit.circuits.io.NetlistReader;
import dev.tmrkit.circuits.io.NetlistWriter;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.circuits.io.aiger.AigerReader;
import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.bench.BenchWriter;
import dev.tmrkit.circuits.io.blif.BlifReader;
import dev.tmrkit.circuits.io.blif.BlifWriter;
import dev.tmrkit.circuits.io.verilog.VerilogReader;
import dev.tmrkit.circuits.io.verilog.write.VerilogWriter;
import dev.tmrkit.circuits.io.yosys.YosysJsonReader;
import dev.tmrkit.gates.Netlist;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Reads and writes netlist files in the {@link NetlistFormat} their extension names. Writing goes to a
 * temporary file in the target's folder that is then renamed over the target, so a failed write (a
 * name the format cannot express, a full disk) leaves any existing file untouched and no partial output.
 */
public final class NetlistFiles {
    private NetlistFiles() {
    }

    /** Reads a file in any format tmrkit reads ({@link NetlistFormat#canRead()}), strictly. */
    public static Netlist read(Path file) throws IOException {
        return read(file, false);
    }

    /** Reads a file; with {@code undrivenAsInputs}, nets read but never driven become floating inputs. */
    public static Netlist read(Path file, boolean undrivenAsInputs) throws IOException {
        return reader(NetlistFormat.of(file)).withUndrivenAsInputs(undrivenAsInputs).read(file);
    }

    /**
     * Reads a file with {@code reader}'s settings applied to the file's format: undriven nets as inputs, a required
     * clock net (null: none), and for Verilog the top module (null: the uninstantiated one). Returns the netlist and
     * the clock input the reader dropped.
     */
    public static ClockedNetlist readClocked(Path file, boolean undrivenAsInputs, String clock, String top) throws IOException {
        NetlistFormat format = NetlistFormat.of(file);
        NetlistReader reader = reader(format).withUndrivenAsInputs(undrivenAsInputs).withClock(clock);
        if (top != null) {
            if (format != NetlistFormat.VERILOG) {
                throw new IllegalArgumentException("--top " + top + ": only Verilog files have several modules to choose from");
            }
            reader = ((VerilogReader) reader).withTop(top);
        }
        return reader.readClocked(file);
    }

    /** Writes the netlist in the format of the file's extension, replacing the file atomically. */
    public static void write(Netlist netlist, Path file) throws IOException {
        write(netlist, file, writer(NetlistFormat.of(file)));
    }

    /** Writes the netlist with {@code writer}, replacing the file atomically. */
    public static void write(Netlist netlist, Path file, NetlistWriter writer) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), 1 << 16)) {
                writer.write(netlist, out);
            }
            copyPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Temporary files are private (rw-------); give the new file the old one's permissions, or rw-r--r--. */
    private static void copyPermissions(Path target, Path temp) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** A strict reader for {@code format}; for Verilog, the structural reader ({@link VerilogReader}). */
    public static NetlistReader reader(NetlistFormat format) {
        switch (format) {
            case BENCH: return new BenchReader();
            case BLIF: return new BlifReader();
            case AIGER_ASCII: case AIGER_BINARY: return new AigerReader();
            case YOSYS_JSON: return new YosysJsonReader();
            case EDIF: return new dev.tmrkit.circuits.io.edif.EdifReader();
            default: return new VerilogReader();
        }
    }

    /** A writer for {@code format}; an {@link IllegalArgumentException} saying how to convert for a read-only one. */
    public static NetlistWriter writer(NetlistFormat format) {
        switch (format) {
            case BENCH: return new BenchWriter();
            case BLIF: return new BlifWriter();
            case VERILOG: return new VerilogWriter();
            case EDIF: return new dev.tmrkit.circuits.io.edif.EdifWriter();
            case YOSYS_JSON:
                throw new IllegalArgumentException("tmrkit does not write Yosys JSON; write Verilog (.v) or BLIF (.blif)"
                        + " and convert with yosys -p 'read_verilog x.v; write_json x.json'");
            default:
                throw new IllegalArgumentException("tmrkit does not write AIGER; write BLIF (.blif) and convert with"
                        + " berkeley-abc -c 'read_blif x.blif; strash; write_aiger x.aig'");
        }
    }
}
