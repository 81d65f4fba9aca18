package dev.tmrkit.cli;

import dev.tmrkit.circuits.io.NetlistFiles;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Resolves a circuit argument: a netlist file (format from its extension) or a built-in circuit name. */
public final class CircuitLoader {
    private CircuitLoader() {
    }

    public static Netlist load(String spec, boolean undrivenAsInputs) {
        Path file = Path.of(spec);
        if (Files.isRegularFile(file)) {
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
            return BuiltinCircuits.byName(spec).orElseThrow(() -> new UserException(
                    "'" + spec + "' is neither a file nor a built-in circuit (tmrkit info --list shows the built-ins)"));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }
}
