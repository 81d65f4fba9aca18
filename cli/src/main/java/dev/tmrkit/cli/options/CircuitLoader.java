package dev.tmrkit.cli.options;

import dev.tmrkit.circuits.io.ClockedNetlist;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.io.verilog.NotStructural;
import dev.tmrkit.circuits.io.verilog.synth.YosysSynthesis;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Resolves a circuit argument: a netlist file (format from its extension), which always wins, else a built-in
 * circuit name (the library's and the bundled benchmark suites'); an unknown name lists the closest known ones.
 */
public final class CircuitLoader {
    private CircuitLoader() {
    }

    public static Netlist load(String spec, boolean undrivenAsInputs) {
        return load(spec, undrivenAsInputs, null, null, note -> { }).netlist();
    }

    private static boolean isBuiltin(String spec) {
        try {
            return BuiltinCircuits.byName(spec, false).isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Loads a circuit with a required clock net and a Verilog top module (both may be null). Behavioural Verilog with
     * {@code top} given is synthesised by Yosys ({@link YosysSynthesis}); {@code notes} hears that it was.
     */
    public static ClockedNetlist load(String spec, boolean undrivenAsInputs, String clock, String top, Consumer<String> notes) {
        Path file;
        try {
            file = Path.of(spec);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UserException("'" + spec + "' is neither a file nor a built-in circuit: " + e.getReason(), e);
        }
        if (Files.isRegularFile(file)) {
            InputFiles.add(file); // no output of this command may replace it
            try {
                try {
                    return NetlistFiles.readClocked(file, undrivenAsInputs, clock, top);
                } catch (NotStructural e) {
                    if (top == null) {
                        throw e;
                    }
                    notes.accept(file + " is behavioural Verilog (" + e.line() + ":" + e.column() + ": " + e.reason()
                            .substring(0, e.reason().indexOf(" is behavioural")) + "); synthesised by yosys -p '"
                            + YosysSynthesis.script(file, top, "design.json") + "' (keep-safe: identical logic is not merged)");
                    return YosysSynthesis.run(file, top, undrivenAsInputs, clock);
                }
            } catch (YosysSynthesis.Unavailable e) {
                throw new UserException(file + ": " + e.getMessage(), e);
            } catch (NoSuchFileException e) {
                throw new UserException("cannot read '" + spec + "': no such file");
            } catch (IOException e) {
                throw new UserException("cannot read '" + spec + "': " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), e); // an unknown file extension
            }
        }
        if ((clock != null || top != null) && isBuiltin(spec)) {
            throw new UserException((clock != null ? "--clock" : "--top") + " applies to netlist files (BLIF, Yosys JSON,"
                    + " Verilog), not to the built-in circuit '" + spec + "', whose clock is implicit");
        }
        try {
            return new ClockedNetlist(BuiltinCircuits.byName(spec, undrivenAsInputs).orElseThrow(() -> new UserException(
                    "'" + spec + "' is neither a file nor a built-in circuit; the closest built-in names are "
                            + String.join(", ", BuiltinCircuits.closest(spec, 5)) + " (tmrkit info --list shows them all)")),
                    Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }
}
