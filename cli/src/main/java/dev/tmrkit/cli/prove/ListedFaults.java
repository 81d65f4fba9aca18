package dev.tmrkit.cli.prove;

import dev.tmrkit.circuits.probe.FaultListFile;
import dev.tmrkit.cli.options.UserException;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** {@code --fault-list FILE} of {@code inject --prove} and {@code atpg}: the file read by {@link FaultListFile}. */
final class ListedFaults {
    private ListedFaults() {
    }

    /** The listed faults; a malformed line is a {@code file:line:column} error (exit 2). */
    static List<Fault> read(Netlist n, Path file) {
        try {
            return FaultListFile.read(n, file);
        } catch (NoSuchFileException e) {
            throw new UserException("cannot read the fault list '" + file + "': no such file");
        } catch (IOException e) {
            throw new UserException("cannot read the fault list '" + file + "': " + e.getMessage(), e);
        }
    }
}
