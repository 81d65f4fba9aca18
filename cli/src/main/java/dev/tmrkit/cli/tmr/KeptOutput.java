package dev.tmrkit.cli.tmr;

import dev.tmrkit.circuits.io.NetlistFormat;
import dev.tmrkit.circuits.io.NetlistWriter;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.io.verilog.write.VerilogOptions;
import dev.tmrkit.circuits.io.verilog.write.VerilogWriter;
import dev.tmrkit.circuits.tmr.hierarchy.TmrConstraints;
import dev.tmrkit.circuits.tmr.hierarchy.TmrModules;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * How {@code tmr -o} writes: Verilog with kept replica and voter modules unless {@code --flat-verilog}, EDIF with
 * {@code DONT_TOUCH} on every replica and voter instance, other formats as they are; and the {@code -c} constraint file, which only makes sense beside kept Verilog.
 */
final class KeptOutput {
    private KeptOutput() {
    }

    /** The constraint file, after refusing the combinations that could not take effect. */
    static Path check(Path output, String constraints, boolean flat) {
        boolean verilog = output != null && NetlistFormat.fromFileName(output.toString()).orElse(null) == NetlistFormat.VERILOG;
        if (flat && !verilog) {
            throw new UserException("--flat-verilog needs -o FILE.v: only Verilog is written with kept modules");
        }
        if (constraints == null) {
            return null;
        }
        if (TmrConstraints.fromFileName(constraints).isEmpty()) {
            throw new UserException("-c " + constraints + ": a constraint file must end in .sdc (set_dont_touch) or .xdc"
                    + " (set_property DONT_TOUCH)");
        }
        if (!verilog || flat) {
            throw new UserException("-c needs -o FILE.v without --flat-verilog: the constraints name the kept replica and"
                    + " voter instances that only that Verilog has");
        }
        return Path.of(constraints);
    }

    /** --module names the Verilog module or EDIF design cell, --scalar-ports shapes Verilog ports: refused elsewhere. */
    static void checkVerilogOptions(Path output, String module, boolean scalarPorts) {
        NetlistFormat format = output == null ? null : NetlistFormat.fromFileName(output.toString()).orElse(null);
        if (format != NetlistFormat.VERILOG && scalarPorts) {
            throw new UserException("--scalar-ports needs -o FILE.v: it shapes the written Verilog module");
        }
        if (format != NetlistFormat.VERILOG && format != NetlistFormat.EDIF && module != null) {
            throw new UserException("--module needs -o FILE.v or FILE.edf: it names the written Verilog module or EDIF"
                    + " design cell");
        }
    }

    static void write(Netlist tmr, Path file, boolean flat, Path constraints, VerilogOptions verilog) {
        NetlistFormat format = NetlistFormat.of(file);
        NetlistWriter writer = format == NetlistFormat.EDIF ? TmrModules.edifWriter(verilog.module().orElse(null))
                : format != NetlistFormat.VERILOG ? NetlistFiles.writer(format)
                : flat ? new VerilogWriter(verilog) : TmrModules.writer(verilog);
        try {
            NetlistFiles.write(tmr, file, writer);
            if (constraints != null) {
                String text = TmrConstraints.fromFileName(constraints.toString()).orElseThrow().text(tmr);
                Path temp = Files.createTempFile(constraints.toAbsolutePath().getParent(), "." + constraints.getFileName(), ".tmp");
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, constraints, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (NoSuchFileException e) {
            throw new UserException("cannot write '" + e.getFile() + "': no such directory", e);
        } catch (IOException e) {
            throw new UserException("cannot write '" + file + "': " + e, e);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }
}
