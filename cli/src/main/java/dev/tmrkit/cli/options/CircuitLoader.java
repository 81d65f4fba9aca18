package dev.tmrkit.cli.options;

import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Resolves a circuit argument: a netlist file (format from its extension), which always wins, else a built-in
 * circuit name (the library's and the bundled benchmark suites'); an unknown name lists the closest known ones.
 */
public final class CircuitLoader {
    private CircuitLoader() {
    }

    public static Netlist load(String spec, boolean undrivenAsInputs) {
        Path file = Path.of(spec);
        if (Files.isRegularFile(file)) {
            InputFiles.add(file); // no output of this command may replace it
            try {
                return NetlistFiles.read(file, undrivenAsInputs);
            } catch (NoSuchFileException e) {
                throw new UserException("cannot read '" + spec + "': no such file");
            } catch (IOException e) {
                throw new UserException("cannot read '" + spec + "': " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), e); // an unknown file extension
            }
        }
        try {
            return BuiltinCircuits.byName(spec, undrivenAsInputs).orElseThrow(() -> new UserException(
                    "'" + spec + "' is neither a file nor a built-in circuit; the closest built-in names are "
                            + String.join(", ", BuiltinCircuits.closest(spec, 5)) + " (tmrkit info --list shows them all)"));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }
}
